"use client";
// Works without JavaScript (a server action form); with JavaScript it checks the address first, with
// the same rules as the server, and shows the answer in place.
import { useActionState, useId, useState } from "react";
import { type SignupState, subscribeAction } from "@/lib/actions/newsletter";
import { signupSchema } from "@/lib/validations/newsletter";

export function SignupForm({ source, compact = false }: { source: string; compact?: boolean }) {
  const [state, action, pending] = useActionState<SignupState, FormData>(subscribeAction, { status: "idle" });
  const [clientError, setClientError] = useState<string>();
  const id = useId();
  const error = clientError ?? (state.status === "error" ? state.message : undefined);

  return (
    <form
      action={action}
      noValidate
      className={compact ? "signup signup-compact" : "signup"}
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
      <p id={`${id}-title`} className="signup-title">
        <strong>The weekly newsletter</strong>: the five stories on inference economics that matter, every Friday.
      </p>
      <input type="hidden" name="source" value={source} />
      <div className="signup-honeypot" aria-hidden="true">
        <label htmlFor={`${id}-website`}>Leave this field empty</label>
        <input id={`${id}-website`} name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <div className="signup-row">
        <label htmlFor={`${id}-email`}>Email address</label>
        <input
          id={`${id}-email`}
          name="email"
          type="email"
          autoComplete="email"
          required
          maxLength={254}
          defaultValue={state.status === "error" ? state.email : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <button type="submit" disabled={pending}>
          {pending ? "Subscribing…" : "Subscribe"}
        </button>
      </div>
      <div aria-live="polite">
        {error && (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        )}
        {!clientError && state.status === "success" && <p className="signup-success">{state.message}</p>}
      </div>
    </form>
  );
}
