"use server";

import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { signIn, signOut } from "@/lib/auth";
// The newsletter's limits: 5 mails per address per hour, 30 per IP per 10 minutes.
import { LIMITS } from "@/lib/data/newsletter";
import { rateLimiter } from "@/lib/data/rate-limit";
import { db } from "@/lib/db";
import { clientIp, safeReturnPath } from "@/lib/server/http";
import { log } from "@/lib/server/log.mjs";
import { normalizeEmail } from "@/lib/validations/newsletter";

export type SignInState = { status: "idle" } | { status: "error"; message: string; email?: string };

const hit = rateLimiter({ db });

/**
 * Sends a sign-in link. The answer is the same for a known and an unknown address (Auth.js creates the
 * account when the link is used), so the form cannot be used to learn who has an account.
 */
export async function emailSignInAction(_prev: SignInState, form: FormData): Promise<SignInState> {
  const checked = normalizeEmail(String(form.get("email") ?? ""));
  if (!checked.ok)
    return { status: "error", message: checked.message, email: String(form.get("email") ?? "").slice(0, 254) };
  const email = checked.email.toLowerCase();
  const ip = clientIp(await headers());
  if ((ip && !(await hit("signin-ip", ip, LIMITS.perIp))) || !(await hit("signin-address", email, LIMITS.perAddress))) {
    return {
      status: "error",
      email,
      message: "Too many sign-in links were asked for. Please try again in a little while.",
    };
  }
  try {
    await signIn("email", { email, redirectTo: safeReturnPath(form.get("callbackUrl")) });
  } catch (error) {
    unstable_rethrow(error); // the redirect to "check your email"
    log("error", { event: "mail_failed", kind: "sign-in", message: (error as Error).message });
    return {
      status: "error",
      email,
      message: "We could not send the sign-in mail just now. Please try again in a minute.",
    };
  }
  return { status: "idle" };
}

export async function githubSignInAction(form: FormData): Promise<void> {
  await signIn("github", { redirectTo: safeReturnPath(form.get("callbackUrl")) });
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
