"use server";

// Server actions for saved scenarios. Each one reads the user from the session and passes the id to
// lib/data/scenarios, which scopes every query to that user.
import { randomBytes } from "node:crypto";
import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { currentUser, requireUser, signInPath } from "@/lib/auth";
import { env } from "@/lib/env.mjs";
import { PENDING_COOKIE, readSaveForm, resumeUrl } from "@/lib/scenarios/save";
import { withSaved } from "@/lib/server/http";
import { scenarios } from "@/lib/services";
import type { FieldIssue } from "@/lib/validations/scenario";

export type SaveState =
  | { status: "idle" }
  | { status: "saved"; id: string; name: string }
  | { status: "error"; message: string; issues: FieldIssue[]; name: string; note: string };

export type EditState =
  | { status: "idle" }
  | { status: "saved" }
  | { status: "error"; message: string; issues: FieldIssue[]; name: string; note: string };

// What the reader typed goes back with an error, so the form shows it again instead of resetting.
const typed = (form: FormData) => ({
  name: text(form.get("name")).slice(0, 1000),
  note: text(form.get("note")).slice(0, 10_000),
});
const text = (value: FormDataEntryValue | null) => (typeof value === "string" ? value : "");

export async function saveScenarioAction(_prev: SaveState, form: FormData): Promise<SaveState> {
  const data = readSaveForm(form);
  const user = await currentUser();
  if (!user) {
    // Sign in first. The inputs travel in the return URL (nothing is lost, even when the link is opened
    // in another browser); the cookie's nonce lets this browser finish the save without another click.
    const nonce = randomBytes(16).toString("base64url");
    (await cookies()).set(PENDING_COOKIE, nonce, {
      httpOnly: true,
      sameSite: "lax",
      secure: env.SITE_URL.startsWith("https://"),
      path: "/scenarios",
      maxAge: 24 * 3600,
    });
    redirect(signInPath(resumeUrl(data, nonce)));
  }
  const result = await scenarios.create(user.id, data);
  if (!result.ok) {
    return {
      status: "error",
      message: result.error === "limit" ? result.message : "The scenario was not saved. Fix the fields below.",
      issues: result.error === "invalid" ? result.issues : [],
      ...typed(form),
    };
  }
  if (form.get("afterSave") === "return") redirect(withSaved(data.returnTo, result.scenario.id));
  return { status: "saved", id: result.scenario.id, name: result.scenario.name };
}

export async function updateScenarioAction(_prev: EditState, form: FormData): Promise<EditState> {
  const user = await requireUser("/scenarios");
  const id = String(form.get("id") ?? "");
  const result = await scenarios.update(user.id, id, { name: form.get("name") ?? "", note: form.get("note") ?? "" });
  if (result.ok) {
    revalidatePath(`/scenarios/${id}`); // the heading and the form's defaults show the new text
    return { status: "saved" };
  }
  if (result.error === "not-found") notFound();
  return { status: "error", message: "Not saved. Fix the fields below.", issues: result.issues, ...typed(form) };
}

export async function duplicateScenarioAction(form: FormData): Promise<void> {
  const user = await requireUser("/scenarios");
  const result = await scenarios.duplicate(user.id, String(form.get("id") ?? ""));
  if (!result.ok && result.error === "not-found") notFound();
  redirect(result.ok ? `/scenarios?done=duplicated&id=${result.scenario.id}` : "/scenarios?error=limit");
}

export async function deleteScenarioAction(form: FormData): Promise<void> {
  const user = await requireUser("/scenarios");
  const result = await scenarios.remove(user.id, String(form.get("id") ?? ""));
  if (!result.ok) notFound();
  redirect("/scenarios?done=deleted");
}

export async function shareScenarioAction(form: FormData): Promise<void> {
  const user = await requireUser("/scenarios");
  const id = String(form.get("id") ?? "");
  const result = await scenarios.share(user.id, id);
  if (!result.ok) notFound();
  redirect(`/scenarios/${id}?done=shared#share`);
}

export async function revokeShareAction(form: FormData): Promise<void> {
  const user = await requireUser("/scenarios");
  const id = String(form.get("id") ?? "");
  const result = await scenarios.revoke(user.id, id);
  if (!result.ok) notFound();
  redirect(`/scenarios/${id}?done=unshared#share`);
}
