// The signup schema, shared by the form (in the browser) and the server action. zod/mini keeps it small.
import { z } from "zod/mini";

const atext = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const localPart = new RegExp(`^${atext}(?:\\.${atext})*$`);
const domainPart = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

export type EmailCheck = { ok: true; email: string } | { ok: false; message: string };

/** Trims, rejects what we will not mail, and lower-cases the domain (the local part keeps its case). */
export function normalizeEmail(input: string): EmailCheck {
  const raw = input.trim();
  if (raw.length === 0) return { ok: false, message: "Enter your email address." };
  if (raw.length > 254) return { ok: false, message: "That address is too long (254 characters at most)." };
  if (/[\r\n]/.test(raw)) return { ok: false, message: "An email address cannot contain line breaks." };
  if (/[\uFF20\uFE6B]/.test(raw)) return { ok: false, message: "Use a plain @ sign, not a full-width one." };
  if (raw.startsWith('"')) return { ok: false, message: "Quoted addresses are not accepted; use a plain address." };
  const at = raw.lastIndexOf("@");
  if (at <= 0 || at === raw.length - 1 || raw.indexOf("@") !== at) {
    return { ok: false, message: "Enter an address like name@example.com." };
  }
  const local = raw.slice(0, at);
  const domain = raw.slice(at + 1).toLowerCase();
  if (local.length > 64 || !localPart.test(local)) return { ok: false, message: "The part before the @ is not valid." };
  if (!domainPart.test(domain)) return { ok: false, message: "The part after the @ is not a valid domain." };
  return { ok: true, email: `${local}@${domain}` };
}

/**
 * What addresses are compared by, for uniqueness and rate limits: one mailbox, whatever the case it is
 * typed in (normalizeEmail only admits ASCII, so lower-casing is the same in JavaScript and SQL).
 */
export const emailKey = (address: string) => address.toLowerCase();

export const topics = ["prices", "hardware", "serving", "models"] as const;

export const signupSchema = z.object({
  email: z.pipe(
    z.string(),
    z.transform((value, ctx) => {
      const checked = normalizeEmail(value);
      if (checked.ok) return checked.email;
      ctx.issues.push({ code: "custom", message: checked.message, input: value });
      return z.NEVER;
    }),
  ),
  /** The path of the page the form was on. */
  source: z._default(z.string().check(z.maxLength(200), z.regex(/^\/[^\s]*$/)), "/"),
  topics: z._default(z.array(z.enum(topics)).check(z.maxLength(topics.length)), []),
  /** Honeypot: people never see it; a bot that fills it gets the normal answer and nothing happens. */
  website: z._default(z.string().check(z.maxLength(500)), ""),
});

export type SignupInput = z.infer<typeof signupSchema>;
