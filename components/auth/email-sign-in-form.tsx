"use client";
import { useActionState, useId } from "react";
import { emailSignInAction, type SignInState } from "@/lib/actions/auth";

export function EmailSignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(emailSignInAction, { status: "idle" });
  const id = useId();
  const error = state.status === "error" ? state.message : undefined;
  return (
    <form action={action} className="signup" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
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
          {pending ? "Sending…" : "Email me a sign-in link"}
        </button>
      </div>
      <div aria-live="polite">
        {error && (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        )}
      </div>
    </form>
  );
}
