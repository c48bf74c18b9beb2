import styles from "./email-field.module.css";

/** The box an email form sits in (components/newsletter/signup-form.tsx, components/auth/email-sign-in-form.tsx). */
export const emailFormClass = styles.box;

/**
 * One email address and its submit button, then a live region with the error (tied to the input) or
 * the success message. `id` is the form's useId(); the input is `${id}-email`, the error `${id}-error`.
 */
export function EmailField({
  id,
  defaultValue,
  error,
  success,
  pending,
  submitLabel,
  pendingLabel,
}: {
  id: string;
  defaultValue?: string;
  error?: string;
  success?: string;
  pending: boolean;
  submitLabel: string;
  pendingLabel: string;
}) {
  return (
    <>
      <div className={styles.row}>
        <label htmlFor={`${id}-email`}>Email address</label>
        <input
          id={`${id}-email`}
          className="input"
          name="email"
          type="email"
          autoComplete="email"
          required
          maxLength={254}
          defaultValue={defaultValue}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <button type="submit" className="button" disabled={pending}>
          {pending ? pendingLabel : submitLabel}
        </button>
      </div>
      <div aria-live="polite">
        {error && (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        )}
        {!error && success && <p className="form-success">{success}</p>}
      </div>
    </>
  );
}
