"use client";

// Works without JavaScript (a server action form); with JavaScript it checks the address first, with
// the same rules as the server, and shows the answer in place.
import { useActionState, useId, useState } from "react";
import { EmailField, emailFormClass } from "@/components/ui/email-field";
import { subscribeAction, type SignupState } from "@/lib/actions/newsletter";
import { signupSchema } from "@/lib/validations/newsletter";
import styles from "./signup-form.module.css";

export function SignupForm({ source, compact = false }: { source: string; compact?: boolean }) {
  const [state, action, pending] = useActionState<SignupState, FormData>(subscribeAction, { status: "idle" });
  const [clientError, setClientError] = useState<string>();
  const id = useId();
  const error = clientError ?? (state.status === "error" ? state.message : undefined);

  return (
    <form
      action={action}
      noValidate
      className={compact ? `${emailFormClass} ${styles.form} ${styles.compact}` : `${emailFormClass} ${styles.form}`}
      data-newsletter-signup=""
      // One named form landmark per page: the footer's copy stays unnamed.
      aria-labelledby={compact ? undefined : `${id}-title`}
      onSubmit={(e) => {
        // The same schema the server action parses with.
        const input = e.currentTarget.elements.namedItem("email") as HTMLInputElement;
        const checked = signupSchema.shape.email.safeParse(input.value);
        if (!checked.success) {
          e.preventDefault();
          setClientError(checked.error.issues[0]?.message);
          input.focus();
        } else setClientError(undefined);
      }}
    >
      <p id={`${id}-title`} className={styles.title}>
        <strong>The weekly newsletter</strong>: the five stories on inference economics that matter, every Friday.
      </p>
      <input type="hidden" name="source" value={source} />
      <div className={styles.honeypot} aria-hidden="true">
        <label htmlFor={`${id}-website`}>Leave this field empty</label>
        <input id={`${id}-website`} name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <EmailField
        id={id}
        defaultValue={state.status === "error" ? state.email : undefined}
        error={error}
        success={!clientError && state.status === "success" ? state.message : undefined}
        pending={pending}
        submitLabel="Subscribe"
        pendingLabel="Subscribing…"
      />
    </form>
  );
}
