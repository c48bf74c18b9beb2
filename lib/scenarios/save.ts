// Saving a scenario across sign-in: the save form's fields, the URL that carries them through
// sign-in, and the one-time cookie that lets the same browser finish the save without another click.
import "server-only";
import { cookies } from "next/headers";
import { currentUser } from "@/lib/auth";
import { safeReturnPath, withSaved } from "@/lib/server/http";
import { scenarios } from "@/lib/services";
import { INPUT_PREFIX } from "@/lib/validations/scenario";

/** The cookie that lets /scenarios/resume finish a save started before sign-in, in this browser only. */
export const PENDING_COOKIE = "ie_pending_save";

/**
 * The save form's fields, also carried through sign-in in the return URL. Name, note and inputs stay as
 * sent (a file too), so validation can refuse what is not text instead of storing "[object File]".
 */
export function readSaveForm(form: FormData) {
  // Own keys only (not `inputs[key] = value`), so "in.__proto__" reaches validation and is refused there.
  const inputs: Record<string, FormDataEntryValue> = Object.fromEntries(
    [...form.entries()].flatMap(([key, value]) =>
      key.startsWith(INPUT_PREFIX) ? [[key.slice(INPUT_PREFIX.length), value]] : [],
    ),
  );
  return {
    calculatorId: String(form.get("calculatorId") ?? ""),
    name: form.get("name") ?? "",
    note: form.get("note") ?? "",
    returnTo: safeReturnPath(form.get("returnTo"), "/scenarios"),
    inputs,
  };
}

export type SaveForm = ReturnType<typeof readSaveForm>;

/** The fields as a query string; a file cannot travel in a URL, so it is left out (and missing later). */
export function saveFormQuery(data: SaveForm, extra: Record<string, string> = {}) {
  const fields: [string, FormDataEntryValue][] = [
    ["calc", data.calculatorId],
    ["name", data.name],
    ["note", data.note],
    ["returnTo", data.returnTo],
    ...Object.entries(extra),
    ...Object.entries(data.inputs).map(([k, v]): [string, FormDataEntryValue] => [INPUT_PREFIX + k, v]),
  ];
  return new URLSearchParams(fields.flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : [])));
}

export const resumeUrl = (data: SaveForm, nonce: string) => `/scenarios/resume?${saveFormQuery(data, { n: nonce })}`;

/** Used by /scenarios/resume: finishes a save started before sign-in. */
export async function finishPendingSave(params: URLSearchParams): Promise<string | undefined> {
  const user = await currentUser();
  const jar = await cookies();
  const nonce = jar.get(PENDING_COOKIE)?.value;
  if (!user || !nonce || nonce !== params.get("n")) return undefined;
  jar.delete({ name: PENDING_COOKIE, path: "/scenarios" });
  const form = new FormData();
  for (const [k, v] of params) form.set(k === "calc" ? "calculatorId" : k, v);
  const data = readSaveForm(form);
  const result = await scenarios.create(user.id, data);
  return result.ok ? withSaved(data.returnTo, result.scenario.id) : undefined;
}
