"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientIp } from "@/lib/server/http";
import { newsletter } from "@/lib/services";
import { signupSchema } from "@/lib/validations/newsletter";

export type SignupState =
  | { status: "idle" }
  | { status: "success"; message: string }
  | { status: "error"; message: string; field?: "email"; email?: string };

const SUCCESS =
  "Check your inbox: we sent a link to confirm your subscription. (If you are already subscribed, nothing changes.)";

export async function subscribeAction(_prev: SignupState, form: FormData): Promise<SignupState> {
  const parsed = signupSchema.safeParse({
    email: form.get("email") ?? "",
    source: form.get("source") ?? "/",
    topics: form.getAll("topics"),
    website: form.get("website") ?? "",
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path[0] === "email" ? "email" : undefined;
    return {
      status: "error",
      field,
      message: field ? issue!.message : "The form was not valid; reload the page and try again.",
      email: String(form.get("email") ?? "").slice(0, 254),
    };
  }
  const result = await newsletter.subscribe(parsed.data, clientIp(await headers()));
  if (result.ok) return { status: "success", message: SUCCESS };
  return {
    status: "error",
    email: parsed.data.email,
    message: "Too many attempts from here. Please try again in a little while.",
  };
}

export async function confirmSubscriptionAction(form: FormData): Promise<void> {
  const token = String(form.get("token") ?? "");
  const result = await newsletter.confirm(token);
  redirect(result === "confirmed" ? "/newsletter/confirm?done=1" : `/newsletter/confirm?error=${result}`);
}
