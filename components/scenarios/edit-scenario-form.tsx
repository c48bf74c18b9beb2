"use client";
import { useActionState, useId } from "react";
import { type EditState, updateScenarioAction } from "@/lib/actions/scenarios";
import { SCENARIO_LIMITS } from "@/lib/validations/scenario";

/** Rename and edit the note; errors show beside the field, with or without JavaScript. */
export function EditScenarioForm({ id, name, note }: { id: string; name: string; note: string }) {
  const [state, action, pending] = useActionState<EditState, FormData>(updateScenarioAction, { status: "idle" });
  const uid = useId();
  const issue = (field: string) => (state.status === "error" ? state.issues.find((i) => i.field === field)?.message : undefined);
  const nameError = issue("name");
  const noteError = issue("note");
  return (
    <form action={action} className="edit-scenario-form" noValidate>
      <input type="hidden" name="id" value={id} />
      <div className="field">
        <label htmlFor={`${uid}-name`}>Name</label>
        <input
          id={`${uid}-name`}
          name="name"
          required
          maxLength={SCENARIO_LIMITS.name}
          defaultValue={state.status === "error" ? state.name : name}
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? `${uid}-name-error` : undefined}
        />
        {nameError && (
          <small id={`${uid}-name-error`} className="field-error">
            {nameError}
          </small>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${uid}-note`}>Note</label>
        <textarea
          id={`${uid}-note`}
          name="note"
          rows={4}
          maxLength={SCENARIO_LIMITS.note}
          defaultValue={state.status === "error" ? state.note : note}
          aria-invalid={noteError ? true : undefined}
          aria-describedby={noteError ? `${uid}-note-error` : undefined}
        />
        {noteError && (
          <small id={`${uid}-note-error`} className="field-error">
            {noteError}
          </small>
        )}
      </div>
      <div className="actions">
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save changes"}
        </button>
        <span role="status">{state.status === "saved" ? "Changes saved." : ""}</span>
      </div>
    </form>
  );
}
