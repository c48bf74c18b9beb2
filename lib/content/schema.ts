import { z } from "zod";

export const categories = [
  { id: "costs", label: "Costs" },
  { id: "pricing", label: "Pricing" },
  { id: "hardware", label: "Hardware" },
  { id: "serving", label: "Serving" },
  { id: "model-efficiency", label: "Model efficiency" },
  { id: "market", label: "Market" },
] as const;

export type CategoryId = (typeof categories)[number]["id"];

const categoryIds = categories.map((c) => c.id) as [CategoryId, ...CategoryId[]];

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slug = z.string().regex(slugPattern, { message: "must be a lower-case slug such as kv-cache" });
// YAML gives dates as strings here (the `yaml` package's core schema does not parse timestamps).
const isoDate = z.iso.date({ message: "must be a date written YYYY-MM-DD" });

export const sourceSchema = z.strictObject({
  title: z.string().trim().min(1, { message: "must not be empty" }),
  url: z.url({ protocol: /^https?$/, message: "must be an http(s) URL" }),
  accessed: isoDate,
});

export const frontmatterSchema = z.strictObject({
  title: z.string().trim().min(1, { message: "must not be empty" }).max(80),
  summary: z
    .string()
    .trim()
    .min(1, { message: "must not be empty" })
    .max(200, { message: "must be at most 200 characters" })
    .refine((s) => !/[.!?]\s+[A-Z]/.test(s), { message: "must be one sentence" }),
  // Key takeaways for readers who are not engineers: two or three short sentences shown under the title.
  inShort: z
    .array(
      z
        .string()
        .trim()
        .min(1, { message: "must not be empty" })
        .max(240, { message: "must be at most 240 characters" }),
    )
    .min(2, { message: "must list 2 or 3 takeaways" })
    .max(3, { message: "must list 2 or 3 takeaways" }),
  category: z.enum(categoryIds, { message: `must be one of ${categoryIds.join(", ")}` }),
  aliases: z.array(z.string().trim().min(1)).default([]),
  related: z
    .array(slug)
    .min(3, { message: "must list at least 3 related terms" })
    .refine((r) => new Set(r).size === r.length, { message: "must not repeat a slug" }),
  sources: z.array(sourceSchema).min(1, { message: "must list at least 1 source" }),
  updated: isoDate,
});

export type Frontmatter = z.infer<typeof frontmatterSchema>;
export type Source = z.infer<typeof sourceSchema>;

/** The level-2 headings every term body has, in this order. "Related terms" is rendered by the page. */
export const requiredSections = ["Definition", "Why it matters", "In practice"] as const;
