// The one auth module: Auth.js (next-auth v5) with the Prisma adapter and database sessions.
// Sign-in is by emailed link (through the site's one mailer) or, when configured, GitHub.
import "server-only";
import { Auth } from "@auth/core";
import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth, { type NextAuthConfig } from "next-auth";
import type { EmailConfig } from "next-auth/providers/email";
import GitHub from "next-auth/providers/github";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { signInLinks } from "@/lib/data/sign-in-links";
import { db } from "@/lib/db";
import { signInMail } from "@/lib/email/templates";
import { authSecret, env } from "@/lib/env.mjs";
import { safeReturnPath } from "@/lib/server/http";
import { log } from "@/lib/server/log.mjs";
import { mailer } from "@/lib/services";

export const SIGN_IN_LINK_TTL_S = 24 * 3600;
const secret = authSecret();

declare module "next-auth" {
  interface Session {
    /** True for addresses listed in ADMIN_EMAILS. */
    isAdmin?: boolean;
  }
}

/**
 * The link in the mail opens /signin/verify, a page that shows a "Sign in" button posting to Auth.js's
 * callback. A GET (a mail scanner, a preview) therefore never uses the single-use token. The origin is
 * SITE_URL, never the request's Host header, so a forged Host cannot redirect a link elsewhere.
 */
export function verifyPageLink(callbackLink: string, siteUrl = env.SITE_URL): string {
  return `${siteUrl}/signin/verify?${new URL(callbackLink).searchParams}`;
}

const email: EmailConfig = {
  id: "email",
  type: "email",
  name: "Email",
  maxAge: SIGN_IN_LINK_TTL_S,
  async sendVerificationRequest({ identifier, url }) {
    await mailer.send({ to: identifier, ...signInMail(verifyPageLink(url)) });
    if (mailer.outbox) log("info", { event: "mail_outbox", kind: "sign-in" });
  },
};

export const isAdminEmail = (address: string | null | undefined) =>
  Boolean(address && env.ADMIN_EMAILS.includes(address.toLowerCase()));

export const githubConfigured = Boolean(env.GITHUB_ID && env.GITHUB_SECRET);

const config: NextAuthConfig = {
  // The adapter is typed against @prisma/client; ours is the generated client with the same models.
  adapter: PrismaAdapter(db),
  secret,
  // Set, so that a path in AUTH_URL or NEXTAUTH_URL cannot move Auth.js away from app/api/auth.
  basePath: "/api/auth",
  // Without AUTH_URL, the origin Auth.js sees comes from the Host header. What it builds from it reaches
  // only the requester: mail links use SITE_URL and redirects are paths (callbacks below).
  trustHost: true,
  useSecureCookies: env.SITE_URL.startsWith("https://"),
  session: { strategy: "database", maxAge: 30 * 24 * 3600, updateAge: 24 * 3600 },
  providers: [
    email,
    ...(githubConfigured ? [GitHub({ clientId: env.GITHUB_ID, clientSecret: env.GITHUB_SECRET })] : []),
  ],
  pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin" },
  // One JSON line per event, with the error's type only: Auth.js messages can quote request data.
  logger: {
    error: (error) => log("error", { event: "auth_error", type: (error as { type?: string }).type ?? error.name }),
    warn: (code) => log("warn", { event: "auth_warning", code }),
    debug: () => {},
  },
  callbacks: {
    // Paths only, so the callbackUrl in a sign-in mail never carries the Host of the request that asked for it.
    redirect({ url, baseUrl }) {
      const local = [baseUrl, env.SITE_URL].find((origin) => url === origin || url.startsWith(`${origin}/`));
      return safeReturnPath(local ? url.slice(local.length) || "/" : url, "/");
    },
    // What the account menu reads from /api/auth/session (page scripts see it): never the session row.
    session({ session, user }) {
      return { user: { id: user.id, email: user.email }, isAdmin: isAdminEmail(user.email), expires: session.expires };
    },
  },
};

const nextAuth = NextAuth(config);
export const { signIn, signOut } = nextAuth;

/** The session, read once per request however many components and helpers ask (React's cache). */
export const auth = cache(() => nextAuth.auth());

/**
 * Auth.js's endpoints, for a request whose URL the caller chose (app/api/auth). next-auth's own
 * handlers, when AUTH_URL or NEXTAUTH_URL is set, rebuild the request from NextRequest's `nextUrl`,
 * which rewrites 127.0.0.1 to "localhost", another origin for cookies. `config` is the object NextAuth()
 * completed (secret, providers), so these are its handlers without that step.
 */
export const handleAuthRequest = (request: Request) => Auth(request, config);

/** The signed-in user's id and email, or undefined. */
export async function currentUser(): Promise<{ id: string; email: string; isAdmin: boolean } | undefined> {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return undefined;
  return { id, email: session.user?.email ?? "", isAdmin: Boolean(session.isAdmin) };
}

/** Where a signed-out reader goes to sign in and come back to `returnTo` (a path on this site). */
export const signInPath = (returnTo: string) => `/signin?${new URLSearchParams({ callbackUrl: returnTo })}`;

/** The signed-in user, or a redirect to sign in that returns to `returnTo`. */
export async function requireUser(returnTo: string) {
  const user = await currentUser();
  if (!user) redirect(signInPath(returnTo));
  return user;
}

/** An admin (ADMIN_EMAILS); a signed-in reader who is not one gets a 404: the page does not exist for them. */
export async function requireAdmin(returnTo: string) {
  const user = await requireUser(returnTo);
  if (!user.isAdmin) notFound();
  return user;
}

/** "valid", "expired" or "invalid", without using the link (lib/data/sign-in-links). */
const links = signInLinks({ db, secret });
export const checkSignInLink = (address: string, token: string) => links.state(address, token);
