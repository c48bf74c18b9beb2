import { describe, expect, it } from "vitest";
import { consoleFields, formatLine, loggablePath, redact } from "./log.mjs";

describe("redact", () => {
  it("replaces email addresses and token-like strings, keeps ordinary words and short ids", () => {
    expect(redact("confirm sent to Ana.Lopez+news@mail.example.co.uk now")).toBe("confirm sent to [email] now");
    expect(redact(`token ${"f".repeat(64)} and ${"A_b-".repeat(8)}`)).toBe("token [token] and [token]");
    expect(redact("scenario cmabc123 is 20 chars long")).toBe("scenario cmabc123 is 20 chars long");
    expect(redact("at /work/node_modules/@prisma/client/runtime/client.js:81")).toBe(
      "at /work/node_modules/@prisma/client/runtime/client.js:81",
    );
  });
});

describe("loggablePath", () => {
  it("drops the query string and the share token", () => {
    expect(loggablePath("/newsletter/confirm?token=abc&email=a@b.co")).toBe("/newsletter/confirm");
    expect(loggablePath("/s/Zm9vYmFyYmF6cXV4cXV1eHh4eHh4eHh4eHh4/opengraph-image")).toBe("/s/[token]/opengraph-image");
    expect(loggablePath("/glossary/kv-cache#why")).toBe("/glossary/kv-cache");
    expect(loggablePath(undefined)).toBe("/");
  });
});

describe("consoleFields and formatLine", () => {
  it("keeps the fields of a JSON line and turns anything else into one message", () => {
    expect(consoleFields([JSON.stringify({ event: "mail_outbox", kind: "sign-in" })])).toEqual({
      event: "mail_outbox",
      kind: "sign-in",
    });
    expect(consoleFields(["\u001b[32m✓\u001b[39m ready", 3])).toEqual({ message: "✓ ready 3" });
    const error = new Error("boom");
    expect(consoleFields([error]).message).toContain("Error: boom\n    at ");
  });

  it("writes one line with time and level first and every string redacted", () => {
    const line = formatLine("error", {
      event: "x",
      message: "failed for bob@example.com",
      nested: { to: ["c@example.org"] },
    });
    expect(line).not.toContain("\n");
    const parsed = JSON.parse(line);
    expect(Object.keys(parsed).slice(0, 2)).toEqual(["time", "level"]);
    expect(parsed).toMatchObject({
      level: "error",
      event: "x",
      message: "failed for [email]",
      nested: { to: ["[email]"] },
    });
    expect(Date.parse(parsed.time)).not.toBeNaN();
  });
});
