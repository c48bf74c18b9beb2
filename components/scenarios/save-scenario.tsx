"use client";

// "Save scenario" under a calculator: a disclosure with a name and a note, posting the calculator's
// current inputs to a server action. Works without JavaScript (the inputs are the server-rendered
// ones); signed-out readers are sent to sign in and brought back with the save done.
import Link from "next/link";
import { useActionState, useEffect, useRef, useState } from "react";
import styles from "@/components/scenarios/scenarios.module.css";
import { saveScenarioAction, type SaveState } from "@/lib/actions/scenarios";
import { INPUT_PREFIX } from "@/lib/validations/scenario";
import { ScenarioTextFields } from "./scenario-text-fields";

type Props = {
  calculatorId: string;
  defaultName: string;
  values: Record<string, string>;
  /** Where to come back to after a sign-in: the page with these inputs in its URL. */
  returnTo: string;
  defaultNote?: string;
  /** Shown open, and returns to `returnTo` once saved (the page that finishes a save after sign-in). */
  open?: boolean;
};

export function SaveScenario({ calculatorId, defaultName, values, returnTo, defaultNote = "", open = false }: Props) {
  const [state, action, pending] = useActionState<SaveState, FormData>(saveScenarioAction, { status: "idle" });
  const [savedOnReturn, setSavedOnReturn] = useState<string>();

  // Back from sign-in with the save done: /…?saved=<id>. Say so once, and drop the parameter from the URL.
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    const saved = params.get("saved");
    if (!saved || !/^[a-z0-9]{10,40}$/.test(saved)) return;
    if (params.has("calc") && params.get("calc") !== calculatorId) return;
    params.delete("saved");
    const query = params.toString();
    window.history.replaceState(
      window.history.state,
      "",
      `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`,
    );
    // eslint-disable-next-line react-hooks/set-state-in-effect -- one-time read of the URL after hydration
    setSavedOnReturn(saved);
  }, [calculatorId]);

  // The notice sits under the result, often below the fold: bring it into view once it says the save is done.
  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!savedOnReturn) return;
    const show = () => notice.current?.scrollIntoView({ block: "center" });
    show();
    // The browser's own jump to the #calculator-… anchor, or a widget above whose code loads on demand, can
    // come after this effect and move the notice out of view: show it again once the page has settled.
    const frame = requestAnimationFrame(show);
    const timer = setTimeout(show, 400);
    window.addEventListener("load", show, { once: true });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      window.removeEventListener("load", show);
    };
  }, [savedOnReturn]);

  const inputIssues = state.status === "error" ? state.issues.filter((i) => i.field.startsWith("inputs.")) : [];
  const savedId = state.status === "saved" ? state.id : savedOnReturn;

  return (
    <div className={styles.save}>
      <div role="status" aria-live="polite" ref={notice}>
        {savedId && (
          <p className="form-success">
            Scenario saved{state.status === "saved" ? ` as “${state.name}”` : ""}.{" "}
            <Link href={`/scenarios/${savedId}`}>Open it in My scenarios</Link>
          </p>
        )}
      </div>
      <details open={open || undefined}>
        <summary>Save scenario</summary>
        <form action={action} className={styles.form} noValidate>
          <input type="hidden" name="calculatorId" value={calculatorId} />
          <input type="hidden" name="returnTo" value={returnTo} />
          {open && <input type="hidden" name="afterSave" value="return" />}
          {Object.entries(values).map(([k, v]) => (
            <input key={k} type="hidden" name={INPUT_PREFIX + k} value={v} />
          ))}
          <ScenarioTextFields
            name={defaultName}
            note={defaultNote}
            noteLabel="Note (optional)"
            noteRows={3}
            error={state.status === "error" ? state : undefined}
          />
          {state.status === "error" && (
            <div className="field-error" role="alert">
              <p>{state.message}</p>
              {inputIssues.length > 0 && (
                <ul>
                  {inputIssues.map((i) => (
                    <li key={i.field}>
                      {i.field.slice("inputs.".length)}: {i.message}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
          <div className="actions">
            <button type="submit" disabled={pending}>
              {pending ? "Saving…" : "Save"}
            </button>
          </div>
        </form>
      </details>
    </div>
  );
}
