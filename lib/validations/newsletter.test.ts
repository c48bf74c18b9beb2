import { describe, expect, it } from "vitest";
import { normalizeEmail, signupSchema } from "./newsletter";

describe("normalizeEmail", () => {
  it("trims and lower-cases the domain only", () => {
    expect(normalizeEmail("  Ada.Lovelace@Example.COM \t")).toEqual({ ok: true, email: "Ada.Lovelace@example.com" });
    expect(normalizeEmail("a+tag@sub.example.co.uk")).toEqual({ ok: true, email: "a+tag@sub.example.co.uk" });
    expect(normalizeEmail("x@xn--bcher-kva.example")).toMatchObject({ ok: true });
  });

  it.each([
    ["", "Enter your email address."],
    ["a@b.co\r\nBcc: victim@example.com", "line breaks"],
    ["a\n@example.com", "line breaks"],
    ["ada＠example.com", "full-width"],
    ['"ada lovelace"@example.com', "Quoted addresses"],
    ["ada@", "like name@example.com"],
    ["@example.com", "like name@example.com"],
    ["a@b@example.com", "like name@example.com"],
    ["ada..l@example.com", "before the @"],
    ["a".repeat(65) + "@example.com", "before the @"],
    ["ada@localhost", "valid domain"],
    ["ada@-example.com", "valid domain"],
    ["a@" + "b".repeat(250) + ".com", "too long"],
  ])("rejects %j", (input, message) => {
    const result = normalizeEmail(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });
});

describe("signupSchema", () => {
  it("parses a form with defaults", () => {
    const parsed = signupSchema.parse({ email: "A@Example.com" });
    expect(parsed).toEqual({ email: "A@example.com", source: "/", topics: [], website: "" });
  });

  it("names the email field in its issue", () => {
    const result = signupSchema.safeParse({ email: "nope", source: "/glossary/token" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["email"]);
  });

  it("refuses a source that is not a site path and unknown topics", () => {
    expect(signupSchema.safeParse({ email: "a@example.com", source: "https://evil.example" }).success).toBe(false);
    expect(signupSchema.safeParse({ email: "a@example.com", topics: ["gossip"] }).success).toBe(false);
  });
});
