"use client";

import { useActionState, useId } from "react";
import { EmailField, emailFormClass } from "@/components/ui/email-field";
import { emailSignInAction, type SignInState } from "@/lib/actions/auth";

export function EmailSignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(emailSignInAction, { status: "idle" });
  const id = useId();
  const error = state.status === "error" ? state.message : undefined;
  return (
    <form action={action} className={emailFormClass} noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <EmailField
        id={id}
        defaultValue={state.status === "error" ? state.email : undefined}
        error={error}
        pending={pending}
        submitLabel="Email me a sign-in link"
        pendingLabel="Sending…"
      />
    </form>
  );
}
