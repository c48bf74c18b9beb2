"use client";

import { useActionState } from "react";
import styles from "@/components/scenarios/scenarios.module.css";
import { updateScenarioAction, type EditState } from "@/lib/actions/scenarios";
import { ScenarioTextFields } from "./scenario-text-fields";

/** Rename and edit the note; errors show beside the field, with or without JavaScript. */
export function EditScenarioForm({ id, name, note }: { id: string; name: string; note: string }) {
  const [state, action, pending] = useActionState<EditState, FormData>(updateScenarioAction, { status: "idle" });
  return (
    <form action={action} className={styles.form} data-testid="edit-scenario-form" noValidate>
      <input type="hidden" name="id" value={id} />
      <ScenarioTextFields
        name={name}
        note={note}
        noteLabel="Note"
        noteRows={4}
        error={state.status === "error" ? state : undefined}
      />
      <div className="actions">
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save changes"}
        </button>
        <span role="status">{state.status === "saved" ? "Changes saved." : ""}</span>
      </div>
    </form>
  );
}
