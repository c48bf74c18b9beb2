import styles from "@/components/scenarios/scenarios.module.css";
import { deleteScenarioAction } from "@/lib/actions/scenarios";

/** Delete behind a disclosure: a second, explicit button does it. Works without JavaScript. */
export function ConfirmDelete({ id, name }: { id: string; name: string }) {
  return (
    <details className={styles.confirm}>
      <summary aria-label={`Delete “${name}”…`}>Delete…</summary>
      <form action={deleteScenarioAction}>
        <input type="hidden" name="id" value={id} />
        <p>Delete “{name}”? This cannot be undone.</p>
        <div className="actions">
          <button type="submit">Yes, delete</button>
        </div>
      </form>
    </details>
  );
}
