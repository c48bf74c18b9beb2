"use client";
// A scenario's name and note, with the server's error beside each field. Shared by the save form and
// the edit form. After an error, the fields show what was typed, not the saved text.
import { useId } from "react";
import { type FieldIssue, SCENARIO_LIMITS } from "@/lib/validations/scenario";

type Props = {
  name: string;
  note: string;
  noteLabel: string;
  noteRows: number;
  /** The last answer's issues and typed text, when it was an error. */
  error?: { issues: FieldIssue[]; name: string; note: string };
};

export function ScenarioTextFields({ name, note, noteLabel, noteRows, error }: Props) {
  const id = useId();
  const issue = (field: string) => error?.issues.find((i) => i.field === field)?.message;
  const nameError = issue("name");
  const noteError = issue("note");
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input
          id={`${id}-name`}
          name="name"
          required
          maxLength={SCENARIO_LIMITS.name}
          defaultValue={error ? error.name : name}
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? `${id}-name-error` : undefined}
        />
        {nameError && (
          <small id={`${id}-name-error`} className="field-error">
            {nameError}
          </small>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>{noteLabel}</label>
        <textarea
          id={`${id}-note`}
          name="note"
          rows={noteRows}
          maxLength={SCENARIO_LIMITS.note}
          defaultValue={error ? error.note : note}
          aria-invalid={noteError ? true : undefined}
          aria-describedby={noteError ? `${id}-note-error` : undefined}
        />
        {noteError && (
          <small id={`${id}-note-error`} className="field-error">
            {noteError}
          </small>
        )}
      </div>
    </>
  );
}
