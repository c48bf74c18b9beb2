// Sign-in links as Auth.js stores them (VerificationToken, SHA-256 of token + secret), read without
// being used: the page behind a link can say "expired" before anyone presses the button.
import "server-only";
import { createHash } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { emailKey } from "@/lib/validations/newsletter";

export function signInLinks({ db, secret }: { db: Db; secret: string }) {
  return {
    async state(address: string, token: string, now = new Date()): Promise<"valid" | "expired" | "invalid"> {
      if (!address || !token) return "invalid";
      const row = await db.verificationToken.findUnique({
        where: { identifier_token: { identifier: emailKey(address), token: createHash("sha256").update(`${token}${secret}`).digest("hex") } },
      });
      if (!row) return "invalid";
      return row.expires > now ? "valid" : "expired";
    },
  };
}
