// `npm run newsletter:send` as a real process against a real SQLite file and SMTP sink: killed half
// way (SIGKILL) and started again, it finishes the list and mails nobody twice.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cleanupDatabases, freshDb, sqlite } from "@/lib/testing/databases";
import { startSmtpSink } from "@/lib/testing/smtp-sink";

const root = path.resolve(import.meta.dirname, "../..");
const SLUG = "2026-11-27-the-price-of-a-token";

afterAll(cleanupDatabases);

function runSend(env: Record<string, string>) {
  const child = spawn(path.join(root, "node_modules/.bin/tsx"), ["--tsconfig", "tsconfig.scripts.json", "scripts/newsletter-send.tsx", SLUG], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const done = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, done, output: () => output };
}

describe("newsletter:send", () => {
  it("survives kill -9 half way: the restart finishes the list and nobody gets two copies", async () => {
    const sink = await startSmtpSink({ delayMs: 40 });
    const { url, db } = await freshDb(sqlite);
    const people = Array.from({ length: 60 }, (_, i) => `reader${String(i).padStart(2, "0")}@example.com`);
    for (const email of people) await db.subscriber.create({ data: { email, emailKey: email, status: "confirmed", confirmedAt: new Date() } });
    await db.subscriber.create({ data: { email: "pending@example.com", emailKey: "pending@example.com" } });
    await db.subscriber.create({ data: { email: "gone@example.com", emailKey: "gone@example.com", status: "unsubscribed" } });

    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "send-"));
    const env = { DATABASE_URL: url, SMTP_URL: sink.url, DATA_DIR: dataDir, SITE_URL: "https://ie.example", AUTH_SECRET: "k".repeat(40) };

    const first = runSend(env);
    await sink.waitFor(() => sink.messages.length >= 15, 60_000);
    first.child.kill("SIGKILL");
    await first.done;
    const afterKill = sink.messages.length;
    expect(afterKill).toBeLessThan(60);

    const second = runSend(env);
    expect(await second.done, second.output()).toBe(0);
    expect(second.output()).toMatch(/remaining 0/);

    const counts = new Map<string, number>();
    for (const m of sink.messages) counts.set(m.to, (counts.get(m.to) ?? 0) + 1);
    expect([...counts.values()].every((n) => n === 1)).toBe(true); // nobody twice
    expect(counts.has("pending@example.com")).toBe(false);
    expect(counts.has("gone@example.com")).toBe(false);
    // Everyone got it, except at most the one whose mail was in flight at the kill and is left "sending".
    const inFlight = await db.newsletterDelivery.count({ where: { issueSlug: SLUG, status: "sending" } });
    expect(inFlight).toBeLessThanOrEqual(1);
    expect(counts.size).toBeGreaterThanOrEqual(60 - inFlight);
    expect(await db.newsletterDelivery.count({ where: { issueSlug: SLUG } })).toBe(60);

    const mail = sink.messages[0]!;
    expect(mail.header("list-unsubscribe")).toMatch(/^<https:\/\/ie\.example\/newsletter\/unsubscribe\?token=/);
    expect(mail.header("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(mail.subject).toContain("Issue 1");
    expect(mail.text).toContain("$0.556"); // the <Compute> figure, rendered into the mail
    expect(mail.text).toContain("https://ie.example/calculators/blended-price");
    await sink.close();
  }, 120_000);
});
