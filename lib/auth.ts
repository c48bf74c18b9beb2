// The one auth module: Auth.js (next-auth v5) with the Prisma adapter and database sessions.
// Sign-in is by emailed link (through the site's one mailer) or, when configured, GitHub.
import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth from "next-auth";
import type { EmailConfig } from "next-auth/providers/email";
import GitHub from "next-auth/providers/github";
import { signInLinkState } from "@/lib/data/sign-in-links";
import { db } from "@/lib/db";
import { signInMail } from "@/lib/email/templates";
import { authSecret, env } from "@/lib/env.mjs";
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
    if (mailer.outbox) console.log(JSON.stringify({ event: "mail_outbox", kind: "sign-in" }));
  },
};

export const isAdminEmail = (address: string | null | undefined) => Boolean(address && env.ADMIN_EMAILS.includes(address.toLowerCase()));

export const githubConfigured = Boolean(env.GITHUB_ID && env.GITHUB_SECRET);

export const { handlers, auth, signIn, signOut } = NextAuth({
  // The adapter is typed against @prisma/client; ours is the generated client with the same models.
  adapter: PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]),
  secret,
  trustHost: true,
  useSecureCookies: env.SITE_URL.startsWith("https://"),
  session: { strategy: "database", maxAge: 30 * 24 * 3600, updateAge: 24 * 3600 },
  providers: [email, ...(githubConfigured ? [GitHub({ clientId: env.GITHUB_ID, clientSecret: env.GITHUB_SECRET })] : [])],
  pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin" },
  // One JSON line per event, with the error's type only: Auth.js messages can quote request data.
  logger: {
    error: (error) => console.error(JSON.stringify({ event: "auth_error", type: (error as { type?: string }).type ?? error.name })),
    warn: (code) => console.warn(JSON.stringify({ event: "auth_warning", code })),
    debug: () => {},
  },
  callbacks: {
    session({ session, user }) {
      session.user.id = user.id;
      session.isAdmin = isAdminEmail(user.email);
      return session;
    },
  },
});

/** The signed-in user's id and email, or undefined. */
export async function currentUser(): Promise<{ id: string; email: string; isAdmin: boolean } | undefined> {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return undefined;
  return { id, email: session.user?.email ?? "", isAdmin: Boolean(session.isAdmin) };
}

/** "valid", "expired" or "invalid", without using the link (lib/data/sign-in-links). */
export const checkSignInLink = (address: string, token: string) => signInLinkState(db, secret, address, token);
