// The newsletter against a real database (SQLite, and PostgreSQL when configured) and a real SMTP sink.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMailer } from "@/lib/email";
import { cleanupDatabases, freshDb, targets } from "@/lib/testing/databases";
import { linkIn, startSmtpSink } from "@/lib/testing/smtp-sink";
import { signupSchema } from "@/lib/validations/newsletter";
import { CONFIRM_RESEND_INTERVAL_MS, CONFIRM_TOKEN_TTL_MS, newsletterService } from "./newsletter";

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
const SITE = "http://site.test";

beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink.close();
  await cleanupDatabases();
});

const signup = (email: string, source = "/glossary/token-pricing") => signupSchema.parse({ email, source });
const tokenFrom = (link: string) => new URL(link).searchParams.get("token")!;
const mailsTo = (to: string) => sink.messages.filter((m) => m.to === to);

describe.each(targets)("newsletter on $name", (target) => {
  async function setup() {
    const { db } = await freshDb(target);
    let clock = new Date("2026-11-27T10:00:00Z").getTime();
    const mailer = createMailer({ smtpUrl: sink.url, outboxDir: "/nonexistent", from: "Test <test@site.test>" });
    const service = newsletterService({ db, mailer, siteUrl: SITE, secret: "s".repeat(40), now: () => new Date(clock) });
    return { db, service, advance: (ms: number) => (clock += ms) };
  }

  it("double opt-in: confirmation mail, a GET that changes nothing, a POST that confirms once, a welcome mail with RFC 8058 headers", async () => {
    const { db, service, advance } = await setup();
    const email = `ada-${target.provider}@example.com`;
    expect(await service.subscribe(signup(email))).toEqual({ ok: true });

    const row = await db.subscriber.findUniqueOrThrow({ where: { email } });
    expect(row.status).toBe("pending");
    expect(row.source).toBe("/glossary/token-pricing");
    const mail = await sink.waitFor((m) => m.to === email && /Confirm/.test(m.subject));
    const token = tokenFrom(linkIn(mail.text, "/newsletter/confirm?token="));
    // Only the hash is stored.
    expect(row.confirmTokenHash).not.toContain(token);
    expect(JSON.stringify(row)).not.toContain(token);

    expect(await service.checkConfirmToken(token)).toBe("valid");
    expect((await db.subscriber.findUniqueOrThrow({ where: { email } })).status).toBe("pending");

    expect(await service.confirm(token)).toBe("confirmed");
    expect((await db.subscriber.findUniqueOrThrow({ where: { email } })).status).toBe("confirmed");
    expect(await service.confirm(token)).toBe("invalid"); // single use

    const welcome = await sink.waitFor((m) => m.to === email && /Welcome/.test(m.subject));
    const header = String(welcome.header("list-unsubscribe"));
    expect(header).toMatch(/^<http:\/\/site\.test\/newsletter\/unsubscribe\?token=[^>]+>$/);
    expect(welcome.header("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");

    const unsubscribeToken = decodeURIComponent(new URL(header.slice(1, -1)).searchParams.get("token")!);
    expect(await service.unsubscribe(unsubscribeToken)).toBe("unsubscribed");
    expect((await db.subscriber.findUniqueOrThrow({ where: { email } })).status).toBe("unsubscribed");
    expect(await service.unsubscribe(unsubscribeToken)).toBe("unsubscribed"); // idempotent
    expect(await service.unsubscribe(unsubscribeToken.slice(0, -2) + "xx")).toBe("invalid");

    // Re-subscribing later works (past the 10-minute mail interval): a new confirmation, then confirmed again.
    advance(CONFIRM_RESEND_INTERVAL_MS + 1000);
    expect(await service.subscribe(signup(email))).toEqual({ ok: true });
    const again = await sink.waitFor((m) => m.to === email && /Confirm/.test(m.subject) && m !== mail);
    expect(await service.confirm(tokenFrom(linkIn(again.text, "/newsletter/confirm?token=")))).toBe("confirmed");
  });

  it("sends at most one confirmation mail per address per 10 minutes, and none once confirmed", async () => {
    const { service, advance } = await setup();
    const email = `grace-${target.provider}@example.com`;
    await service.subscribe(signup(email));
    await sink.waitFor((m) => m.to === email);
    await service.subscribe(signup(email));
    advance(CONFIRM_RESEND_INTERVAL_MS - 1000);
    await service.subscribe(signup(email));
    await new Promise((r) => setTimeout(r, 200));
    expect(mailsTo(email)).toHaveLength(1);

    advance(2000); // now past 10 minutes
    expect(await service.subscribe(signup(email))).toEqual({ ok: true });
    const second = await sink.waitFor((m) => m.to === email && m !== mailsTo(email)[0]);
    expect(mailsTo(email)).toHaveLength(2);

    await service.confirm(tokenFrom(linkIn(second.text, "/newsletter/confirm?token=")));
    advance(CONFIRM_RESEND_INTERVAL_MS * 2);
    const before = mailsTo(email).length;
    expect(await service.subscribe(signup(email))).toEqual({ ok: true }); // same answer, no mail
    await new Promise((r) => setTimeout(r, 200));
    expect(mailsTo(email)).toHaveLength(before);
  });

  it("refuses an expired token and changes nothing", async () => {
    const { db, service, advance } = await setup();
    const email = `exp-${target.provider}@example.com`;
    await service.subscribe(signup(email));
    const token = tokenFrom(linkIn((await sink.waitFor((m) => m.to === email)).text, "/newsletter/confirm?token="));
    advance(CONFIRM_TOKEN_TTL_MS + 1000);
    expect(await service.checkConfirmToken(token)).toBe("expired");
    expect(await service.confirm(token)).toBe("expired");
    expect((await db.subscriber.findUniqueOrThrow({ where: { email } })).status).toBe("pending");
    expect(await service.confirm("not-a-token")).toBe("invalid");
  });

  it("leaves one row and sends one mail for concurrent duplicate signups", async () => {
    const { db, service } = await setup();
    const email = `dup-${target.provider}@example.com`;
    const results = await Promise.all(Array.from({ length: 5 }, () => service.subscribe(signup(email))));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await db.subscriber.count({ where: { email } })).toBe(1);
    await sink.waitFor((m) => m.to === email);
    await new Promise((r) => setTimeout(r, 300));
    expect(mailsTo(email)).toHaveLength(1);
  });

  it("rate-limits one address across attempts, with the same limit for every instance sharing the database", async () => {
    const { db, service } = await setup();
    const mailer = createMailer({ smtpUrl: sink.url, outboxDir: "/nonexistent", from: "t@site.test" });
    const second = newsletterService({ db, mailer, siteUrl: SITE, secret: "s".repeat(40), now: () => new Date("2026-11-27T10:00:00Z") });
    const email = `rl-${target.provider}@example.com`;
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await (i % 2 ? second : service).subscribe(signup(email)));
    expect(results.slice(0, 5).every((r) => r.ok)).toBe(true);
    expect(results[5]).toEqual({ ok: false, reason: "rate-limited" });
  });

  it("ignores a filled honeypot", async () => {
    const { db, service } = await setup();
    const email = `bot-${target.provider}@example.com`;
    expect(await service.subscribe({ ...signup(email), website: "http://spam.example" })).toEqual({ ok: true });
    expect(await db.subscriber.count({ where: { email } })).toBe(0);
  });
});
