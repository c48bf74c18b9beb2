// Newsletter subscriptions: every read and write of Subscriber, NewsletterDelivery and the rate limits.
// Concurrency rests on single statements and unique constraints, never on read-then-write transactions.
import "server-only";
import { createHash, createHmac, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import { type Db, isRecordNotFound, isUniqueViolation } from "@/lib/db/client";
import type { Mail, Mailer } from "@/lib/email";
import { confirmationMail, welcomeMail } from "@/lib/email/templates";
import { log } from "@/lib/server/log.mjs";
import { emailKey, type SignupInput } from "@/lib/validations/newsletter";
import { type Limit, rateLimiter } from "./rate-limit";

const HOUR = 3_600_000;
export const CONFIRM_TOKEN_TTL_MS = 48 * HOUR;
export const CONFIRM_RESEND_INTERVAL_MS = 10 * 60_000;
/** A confirmation mail not sent within this time (the process stopped) is sent by the next signup. */
export const MAIL_STALLED_MS = 2 * 60_000;
export const LIMITS: Record<"perAddress" | "perIp", Limit> = {
  perAddress: { points: 5, windowMs: HOUR },
  perIp: { points: 30, windowMs: 10 * 60_000 },
};

export type Deps = {
  db: Db;
  mailer: Mailer;
  siteUrl: string;
  secret: string;
  now?: () => Date;
  /** The newest issue, linked from the welcome mail (none before the first issue is out). */
  latestIssue?: () => { slug: string; title: string } | undefined;
  /** Runs work after the answer went out (next/server's `after` in the app); by default, at once without waiting. */
  defer?: (task: () => Promise<void>) => void;
};

const logFailure = (error: unknown) => log("error", { event: "mail_failed", kind: "confirmation", message: (error as Error).message });

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

export function newsletterService({ db, mailer, siteUrl, secret, now = () => new Date(), defer = (task) => void task(), latestIssue }: Deps) {
  const sign = (id: string) => createHmac("sha256", secret).update(`unsubscribe:${id}`).digest("base64url");

  /** The token in every mail's unsubscribe link: derived from the id, so nothing is stored. */
  function unsubscribeToken(id: string) {
    return `${id}.${sign(id)}`;
  }

  function subscriberIdFromUnsubscribeToken(token: string): string | undefined {
    const [id, mac] = token.split(".");
    if (!id || !mac) return undefined;
    const expected = Buffer.from(sign(id));
    const given = Buffer.from(mac);
    return given.length === expected.length && timingSafeEqual(given, expected) ? id : undefined;
  }

  /** RFC 8058 headers for every mail after confirmation. */
  function unsubscribeHeaders(id: string) {
    const url = `${siteUrl}/newsletter/unsubscribe?token=${encodeURIComponent(unsubscribeToken(id))}`;
    return { url, headers: { "List-Unsubscribe": `<${url}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } };
  }

  const hit = rateLimiter({ db, now });

  /**
   * A signup: one statement inserts the subscriber or, when the address (in any case) is known and may
   * be mailed again, claims the right to send. The mail goes out after the answer (`defer`); a send that
   * fails, or never runs, is sent again by the next signup. The answer is the same whether the address
   * is new, pending or confirmed; only rate limits are reported differently.
   */
  async function subscribe(input: SignupInput, ip?: string): Promise<{ ok: true } | { ok: false; reason: "rate-limited" }> {
    if (input.website) return { ok: true }; // honeypot: a bot filled the hidden field
    const key = emailKey(input.email);
    if (ip && !(await hit("signup-ip", ip, LIMITS.perIp))) return { ok: false, reason: "rate-limited" };
    if (!(await hit("signup-address", key, LIMITS.perAddress))) return { ok: false, reason: "rate-limited" };

    const token = randomBytes(32).toString("base64url");
    const tokenHash = sha256(token);
    const at = now();
    const topics = input.topics.length ? JSON.stringify(input.topics) : null;
    // At most one confirmation mail per 10 minutes and none to a confirmed subscriber; sooner when the
    // last send failed (lastConfirmSentAt cleared) or stalled (mailPendingSince left set).
    const claimed = await db.$queryRaw<{ id: string; email: string }[]>`
      INSERT INTO "Subscriber" ("id", "email", "emailKey", "source", "topics", "confirmTokenHash", "confirmTokenExpires",
        "lastConfirmSentAt", "mailPendingSince", "createdAt", "updatedAt")
      VALUES (${randomUUID()}, ${input.email}, ${key}, ${input.source}, ${topics}, ${tokenHash},
        ${new Date(at.getTime() + CONFIRM_TOKEN_TTL_MS)}, ${at}, ${at}, ${at}, ${at})
      ON CONFLICT ("emailKey") DO UPDATE SET
        "confirmTokenHash" = excluded."confirmTokenHash", "confirmTokenExpires" = excluded."confirmTokenExpires",
        "lastConfirmSentAt" = excluded."lastConfirmSentAt", "mailPendingSince" = excluded."mailPendingSince",
        "updatedAt" = excluded."updatedAt"
      WHERE "Subscriber"."status" <> 'confirmed' AND (
        "Subscriber"."lastConfirmSentAt" IS NULL
        OR "Subscriber"."lastConfirmSentAt" < ${new Date(at.getTime() - CONFIRM_RESEND_INTERVAL_MS)}
        OR "Subscriber"."mailPendingSince" < ${new Date(at.getTime() - MAIL_STALLED_MS)})
      RETURNING "id", "email"`;
    const subscriber = claimed[0];
    if (subscriber) defer(() => sendConfirmation(subscriber, token, tokenHash).catch(logFailure));
    return { ok: true };
  }

  async function sendConfirmation(subscriber: { id: string; email: string }, token: string, tokenHash: string) {
    // Only while this send's token is the current one: a later claim owns the row's state.
    const current = { id: subscriber.id, confirmTokenHash: tokenHash };
    try {
      await mailer.send({ to: subscriber.email, ...confirmationMail(`${siteUrl}/newsletter/confirm?token=${token}`) });
    } catch (error) {
      // Logs never carry addresses or tokens. The next signup for the address sends again at once.
      logFailure(error);
      await db.subscriber.updateMany({ where: current, data: { lastConfirmSentAt: null } });
      return;
    }
    // In outbox mode the mail itself is a file to open.
    if (mailer.outbox) log("info", { event: "mail_outbox", kind: "confirmation" });
    await db.subscriber.updateMany({ where: current, data: { mailPendingSince: null } });
  }

  /** Looks a confirmation token up without using it (the GET of the link). */
  async function checkConfirmToken(token: string): Promise<"valid" | "expired" | "invalid"> {
    const row = await db.subscriber.findUnique({ where: { confirmTokenHash: sha256(token) }, select: { confirmTokenExpires: true } });
    if (!row) return "invalid";
    return row.confirmTokenExpires && row.confirmTokenExpires > now() ? "valid" : "expired";
  }

  /** Uses a confirmation token once (the POST of the button), then sends the welcome mail. */
  async function confirm(token: string): Promise<"confirmed" | "expired" | "invalid"> {
    const state = await checkConfirmToken(token);
    if (state !== "valid") return state;
    let subscriber;
    try {
      subscriber = await db.subscriber.update({
        where: { confirmTokenHash: sha256(token), confirmTokenExpires: { gt: now() } },
        data: { status: "confirmed", confirmedAt: now(), unsubscribedAt: null, confirmTokenHash: null, confirmTokenExpires: null, mailPendingSince: null },
      });
    } catch (error) {
      if (isRecordNotFound(error)) return "invalid"; // used by a concurrent request a moment ago
      throw error;
    }
    const { url, headers } = unsubscribeHeaders(subscriber.id);
    try {
      await mailer.send({ to: subscriber.email, ...welcomeMail(siteUrl, url, latestIssue?.()), headers });
    } catch (error) {
      log("error", { event: "mail_failed", kind: "welcome", message: (error as Error).message });
    }
    return "confirmed";
  }

  /** One-click unsubscribe. Idempotent; an invalid token changes nothing. */
  async function unsubscribe(token: string): Promise<"unsubscribed" | "invalid"> {
    const id = subscriberIdFromUnsubscribeToken(token);
    if (!id) return "invalid";
    const { count } = await db.subscriber.updateMany({
      where: { id },
      data: { status: "unsubscribed", unsubscribedAt: now(), confirmTokenHash: null, confirmTokenExpires: null },
    });
    return count === 1 ? "unsubscribed" : "invalid";
  }

  async function isValidUnsubscribeToken(token: string) {
    const id = subscriberIdFromUnsubscribeToken(token);
    return id ? (await db.subscriber.count({ where: { id } })) === 1 : false;
  }

  /**
   * Sends an issue to every confirmed subscriber not yet claimed for it. A delivery row is written
   * (unique per issue and subscriber) before the mail goes out, so a send killed half way and started
   * again mails nobody twice; a row left "sending" by a killed run is not retried.
   */
  async function sendIssue(
    issueSlug: string,
    render: (unsubscribeUrl: string) => Omit<Mail, "to" | "headers">,
    { batchSize = 50, onProgress }: { batchSize?: number; onProgress?: (p: { sent: number; failed: number; remaining: number }) => void } = {},
  ) {
    let sent = 0;
    let failed = 0;
    const interrupted = await db.newsletterDelivery.count({ where: { issueSlug, status: "sending" } });
    for (;;) {
      const batch = await db.subscriber.findMany({
        where: { status: "confirmed", deliveries: { none: { issueSlug } } },
        orderBy: { createdAt: "asc" },
        take: batchSize,
        select: { id: true, email: true },
      });
      if (batch.length === 0) break;
      for (const subscriber of batch) {
        try {
          await db.newsletterDelivery.create({ data: { issueSlug, subscriberId: subscriber.id } });
        } catch (error) {
          if (isUniqueViolation(error)) continue; // claimed by another sender
          throw error;
        }
        const { url, headers } = unsubscribeHeaders(subscriber.id);
        try {
          await mailer.send({ to: subscriber.email, ...render(url), headers });
          await db.newsletterDelivery.update({
            where: { issueSlug_subscriberId: { issueSlug, subscriberId: subscriber.id } },
            data: { status: "sent", sentAt: now() },
          });
          sent++;
        } catch (error) {
          await db.newsletterDelivery.update({
            where: { issueSlug_subscriberId: { issueSlug, subscriberId: subscriber.id } },
            data: { status: "failed", error: (error as Error).message.slice(0, 500) },
          });
          failed++;
        }
      }
      const remaining = await db.subscriber.count({ where: { status: "confirmed", deliveries: { none: { issueSlug } } } });
      onProgress?.({ sent, failed, remaining });
    }
    return { sent, failed, interrupted };
  }

  async function stats() {
    const [byStatus, bySource] = await Promise.all([
      db.subscriber.groupBy({ by: ["status"], _count: { _all: true } }),
      db.subscriber.groupBy({ by: ["source", "status"], _count: { _all: true } }),
    ]);
    return {
      byStatus: byStatus.map((r) => ({ status: r.status, count: r._count._all })),
      bySource: bySource.map((r) => ({ source: r.source ?? "(unknown)", status: r.status, count: r._count._all })),
    };
  }

  async function exportRows() {
    return db.subscriber.findMany({
      orderBy: { createdAt: "asc" },
      select: { email: true, status: true, source: true, topics: true, createdAt: true, confirmedAt: true, unsubscribedAt: true },
    });
  }

  return { subscribe, checkConfirmToken, confirm, unsubscribe, isValidUnsubscribeToken, sendIssue, stats, exportRows };
}

export type NewsletterService = ReturnType<typeof newsletterService>;
