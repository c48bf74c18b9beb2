"use client";

// A scenario's name and note, with the server's error beside each field. Shared by the save form and
// the edit form. After an error, the fields show what was typed, not the saved text.
import { useId, type ReactNode } from "react";
import { SCENARIO_LIMITS, type FieldIssue } from "@/lib/validations/scenario";

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
  return (
    <>
      <Field id={`${id}-name`} label="Name" error={issue("name")}>
        {(a11y) => (
          <input
            {...a11y}
            name="name"
            required
            maxLength={SCENARIO_LIMITS.name}
            defaultValue={error ? error.name : name}
          />
        )}
      </Field>
      <Field id={`${id}-note`} label={noteLabel} error={issue("note")}>
        {(a11y) => (
          <textarea
            {...a11y}
            name="note"
            rows={noteRows}
            maxLength={SCENARIO_LIMITS.note}
            defaultValue={error ? error.note : note}
          />
        )}
      </Field>
    </>
  );
}

type ControlA11y = { id: string; "aria-invalid"?: true; "aria-describedby"?: string };

/** A label, the control it names, and the error tied to the control for screen readers. */
function Field({
  id,
  label,
  error,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  children: (a11y: ControlA11y) => ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": error ? `${id}-error` : undefined,
      })}
      {error && (
        <small id={`${id}-error`} className="field-error">
          {error}
        </small>
      )}
    </div>
  );
}
