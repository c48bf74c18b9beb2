// The newsletter admin's gate until sign-in exists: ADMIN_TOKEN, entered once, kept as an HttpOnly
// cookie holding its hash. The accounts issue replaces this with a session check (ADMIN_EMAILS).
import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { cookies } from "next/headers";
import { env } from "@/lib/env.mjs";

export const ADMIN_COOKIE = "ie_admin";
const hash = (s: string) => createHash("sha256").update(`admin:${s}`).digest("hex");

export function adminConfigured() {
  return Boolean(env.ADMIN_TOKEN);
}

export function tokenMatches(candidate: string) {
  if (!env.ADMIN_TOKEN) return false;
  const a = Buffer.from(hash(candidate));
  const b = Buffer.from(hash(env.ADMIN_TOKEN));
  return timingSafeEqual(a, b);
}

export async function isAdmin() {
  if (!env.ADMIN_TOKEN) return false;
  const value = (await cookies()).get(ADMIN_COOKIE)?.value ?? "";
  const expected = Buffer.from(hash(env.ADMIN_TOKEN));
  const given = Buffer.from(value);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function grantAdminCookie() {
  (await cookies()).set(ADMIN_COOKIE, hash(env.ADMIN_TOKEN!), {
    httpOnly: true,
    sameSite: "strict",
    secure: env.SITE_URL.startsWith("https://"),
    path: "/newsletter/admin",
    maxAge: 8 * 3600,
  });
}
