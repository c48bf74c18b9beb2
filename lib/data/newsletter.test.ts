// The newsletter against a real database (SQLite, and PostgreSQL when configured) and a real SMTP sink.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createMailer, type Mailer } from "@/lib/email";
import { cleanupDatabases, freshDb, targets } from "@/lib/testing/databases";
import { linkIn, startSmtpSink } from "@/lib/testing/smtp-sink";
import { signupSchema } from "@/lib/validations/newsletter";
import { CONFIRM_RESEND_INTERVAL_MS, CONFIRM_TOKEN_TTL_MS, type Deps, MAIL_STALLED_MS, newsletterService } from "./newsletter";

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
const mailsTo = (to: string) => sink.messages.filter((m) => m.to.toLowerCase() === to.toLowerCase());

describe.each(targets)("newsletter on $name", (target) => {
  // Mails sent after a signup's answer, awaited before the next test so none is cut off by the sink closing.
  const inFlight: Promise<void>[] = [];
  const background: Deps["defer"] = (task) => void inFlight.push(task());
  afterEach(() => Promise.all(inFlight.splice(0)));

  async function setup({ defer = background, failSends = 0 }: { defer?: Deps["defer"]; failSends?: number } = {}) {
    const { db } = await freshDb(target);
    let clock = new Date("2026-11-27T10:00:00Z").getTime();
    const smtp = createMailer({ smtpUrl: sink.url, outboxDir: "/nonexistent", from: "Test <test@site.test>" });
    let failures = failSends;
    const mailer: Mailer = { ...smtp, send: (mail) => (failures-- > 0 ? Promise.reject(new Error("421 try later")) : smtp.send(mail)) };
    const latestIssue = () => ({ slug: "2026-11-27-the-price-of-a-token", title: "The price of a token" });
    const service = newsletterService({ db, mailer, siteUrl: SITE, secret: "s".repeat(40), now: () => new Date(clock), defer, latestIssue });
    return { db, service, advance: (ms: number) => (clock += ms) };
  }

  /** Holds the work a signup leaves for after its answer, as Next.js's after() does. */
  function deferred() {
    const tasks: (() => Promise<void>)[] = [];
    return { defer: (task: () => Promise<void>) => void tasks.push(task), runAll: () => Promise.all(tasks.splice(0).map((t) => t())), tasks };
  }

  it("double opt-in: confirmation mail, a GET that changes nothing, a POST that confirms once, a welcome mail with RFC 8058 headers", async () => {
    const { db, service, advance } = await setup();
    const email = `ada-${target.provider}@example.com`;
    expect(await service.subscribe(signup(email))).toEqual({ ok: true });

    const row = await db.subscriber.findUniqueOrThrow({ where: { emailKey: email } });
    expect(row.status).toBe("pending");
    expect(row.source).toBe("/glossary/token-pricing");
    const mail = await sink.waitFor((m) => m.to === email && /Confirm/.test(m.subject));
    const token = tokenFrom(linkIn(mail.text, "/newsletter/confirm?token="));
    // Only the hash is stored.
    expect(row.confirmTokenHash).not.toContain(token);
    expect(JSON.stringify(row)).not.toContain(token);

    expect(await service.checkConfirmToken(token)).toBe("valid");
    expect((await db.subscriber.findUniqueOrThrow({ where: { emailKey: email } })).status).toBe("pending");

    expect(await service.confirm(token)).toBe("confirmed");
    expect((await db.subscriber.findUniqueOrThrow({ where: { emailKey: email } })).status).toBe("confirmed");
    expect(await service.confirm(token)).toBe("invalid"); // single use

    const welcome = await sink.waitFor((m) => m.to === email && /Welcome/.test(m.subject));
    const header = String(welcome.header("list-unsubscribe"));
    expect(header).toMatch(/^<http:\/\/site\.test\/newsletter\/unsubscribe\?token=[^>]+>$/);
    expect(welcome.header("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    // The welcome mail links the newest issue.
    expect(welcome.text).toContain(`The latest issue, "The price of a token": ${SITE}/newsletter/2026-11-27-the-price-of-a-token`);

    const unsubscribeToken = decodeURIComponent(new URL(header.slice(1, -1)).searchParams.get("token")!);
    expect(await service.unsubscribe(unsubscribeToken)).toBe("unsubscribed");
    expect((await db.subscriber.findUniqueOrThrow({ where: { emailKey: email } })).status).toBe("unsubscribed");
    expect(await service.unsubscribe(unsubscribeToken)).toBe("unsubscribed"); // idempotent
    expect(await service.unsubscribe(unsubscribeToken.slice(0, -2) + "xx")).toBe("invalid");

    // Re-subscribing later works (past the 10-minute mail interval): a new confirmation, then confirmed again.
    advance(CONFIRM_RESEND_INTERVAL_MS + 1000);
    expect(await service.subscribe(signup(email))).toEqual({ ok: true });
    const again = await sink.waitFor((m) => m.to === email && /Confirm/.test(m.subject) && m !== mail);
    expect(await service.confirm(tokenFrom(linkIn(again.text, "/newsletter/confirm?token=")))).toBe("confirmed");
  });

  it("sends at most one confirmation mail per address per 10 minutes, and none once confirmed", async () => {
    const { db, service, advance } = await setup();
    const email = `grace-${target.provider}@example.com`;
    await service.subscribe(signup(email));
    await sink.waitFor((m) => m.to === email);
    // The sink has the mail before the sender records it as sent; until then the send counts as pending,
    // and a pending send older than MAIL_STALLED_MS may be retried. Wait for the record, as time passes in real life.
    await expect.poll(async () => (await db.subscriber.findUniqueOrThrow({ where: { emailKey: email } })).mailPendingSince).toBeNull();
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
    expect((await db.subscriber.findUniqueOrThrow({ where: { emailKey: email } })).status).toBe("pending");
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

  it("treats case variants of one address as one subscriber: one row, one mail, the address kept as first typed", async () => {
    const { db, service } = await setup();
    const email = `Case-${target.provider}@example.com`;
    const variants = [email, email.toUpperCase(), email.toLowerCase(), `cASE-${target.provider}@example.com`, `CaSe-${target.provider}@Example.COM`];
    const results = await Promise.all(variants.map((v) => service.subscribe(signup(v))));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await db.subscriber.count()).toBe(1);
    await sink.waitFor((m) => m.to.toLowerCase() === email.toLowerCase());
    await new Promise((r) => setTimeout(r, 300));
    expect(mailsTo(email)).toHaveLength(1);

    // One per-address limit for all of them: the sixth attempt in the hour is refused, whatever its case.
    expect(await service.subscribe(signup(email.toUpperCase()))).toEqual({ ok: false, reason: "rate-limited" });
  });

  it("keeps the address as first typed", async () => {
    const { db, service } = await setup();
    const email = `Ada.Lovelace-${target.provider}@example.com`;
    await service.subscribe(signup(email));
    await service.subscribe(signup(email.toLowerCase()));
    const row = await db.subscriber.findUniqueOrThrow({ where: { emailKey: email.toLowerCase() } });
    expect(row.email).toBe(email);
  });

  it("answers once the row is stored and sends the mail afterwards", async () => {
    const after = deferred();
    const { db, service } = await setup({ defer: after.defer });
    const email = `after-${target.provider}@example.com`;
    expect(await service.subscribe(signup(email))).toEqual({ ok: true });
    const stored = await db.subscriber.findUniqueOrThrow({ where: { emailKey: email } });
    expect(stored.mailPendingSince).not.toBeNull();
    expect(after.tasks).toHaveLength(1);
    expect(mailsTo(email)).toHaveLength(0);

    await after.runAll();
    expect(mailsTo(email)).toHaveLength(1);
    expect((await db.subscriber.findUniqueOrThrow({ where: { emailKey: email } })).mailPendingSince).toBeNull();
  });

  it("logs a failed send and sends again on the next signup", async () => {
    const after = deferred();
    const { service } = await setup({ defer: after.defer, failSends: 1 });
    const email = `retry-${target.provider}@example.com`;
    const logged = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      expect(await service.subscribe(signup(email))).toEqual({ ok: true });
      await after.runAll();
      expect(logged).toHaveBeenCalledWith(expect.stringContaining('"event":"mail_failed"'));
      expect(logged.mock.calls.flat().join()).not.toContain(email);
    } finally {
      logged.mockRestore();
    }
    expect(mailsTo(email)).toHaveLength(0);

    expect(await service.subscribe(signup(email))).toEqual({ ok: true }); // at once, not 10 minutes later
    await after.runAll();
    expect(mailsTo(email)).toHaveLength(1);
  });

  it("sends again when the last send never ran (the process stopped), once it has had time to finish", async () => {
    const lost = deferred();
    const { db, service, advance } = await setup({ defer: lost.defer });
    const email = `lost-${target.provider}@example.com`;
    await service.subscribe(signup(email));
    lost.tasks.splice(0); // the server stopped before running them

    advance(MAIL_STALLED_MS - 1000);
    await service.subscribe(signup(email));
    expect(lost.tasks).toHaveLength(0); // may still be on its way

    advance(2000);
    await service.subscribe(signup(email));
    expect(lost.tasks).toHaveLength(1);
    await lost.runAll();
    const mail = mailsTo(email)[0]!;
    expect(mailsTo(email)).toHaveLength(1);
    expect(await service.confirm(tokenFrom(linkIn(mail.text, "/newsletter/confirm?token=")))).toBe("confirmed");
    expect((await db.subscriber.findUniqueOrThrow({ where: { emailKey: email } })).mailPendingSince).toBeNull();
  });

  it("rate-limits one address across attempts, with the same limit for every instance sharing the database", async () => {
    const { db, service } = await setup();
    const mailer = createMailer({ smtpUrl: sink.url, outboxDir: "/nonexistent", from: "t@site.test" });
    const second = newsletterService({ db, mailer, siteUrl: SITE, secret: "s".repeat(40), now: () => new Date("2026-11-27T10:00:00Z"), defer: background });
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
