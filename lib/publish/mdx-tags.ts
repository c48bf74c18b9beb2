// The MDX tags a term or newsletter body may use, each tag's props defined once here. Three renderers
// read them: the web page (mdx-components.tsx, components/mdx/*), the mail (lib/email/issue.tsx) and
// Markdown (lib/publish/markdown.ts, whose output is also the mail's text part).
import { z } from "zod";
import { priceFields, type PriceField } from "@/lib/calculators/figures";
import { slugPattern } from "../content/schema";

const values = z.record(z.string(), z.union([z.string(), z.number()]));

export const mdxTagProps = {
  /** `<Calculator id="gpu-memory" preset={{ contextTokens: 32768 }} />`: the widget, opened on `preset`. */
  Calculator: z.object({ id: z.string(), preset: values.default({}) }),
  /** `<Compute id="self-host-cost" inputs={{...}} output="costPerMillionTokensUsd" />`: one calculator output. */
  Compute: z.object({
    id: z.string(),
    inputs: values.default({}),
    output: z.string(),
    dateAfter: z.boolean().default(false),
  }),
  /** `<Price model="openai/gpt-4o" field="input" />`: a list price with its date. */
  Price: z.object({
    model: z.string(),
    field: z.enum(Object.keys(priceFields) as [PriceField, ...PriceField[]]).default("input"),
    dateAfter: z.boolean().default(false),
  }),
  /** `<TermLink slug="kv-cache">KV cache</TermLink>`: a link to a glossary term (checked like any body link). */
  TermLink: z.object({ slug: z.string().regex(slugPattern, { message: "must be a term slug such as kv-cache" }) }),
};

export type MdxTag = keyof typeof mdxTagProps;
/** The props as written in MDX (defaults optional). */
export type MdxTagInput<K extends MdxTag> = z.input<(typeof mdxTagProps)[K]>;
/** The props after parsing (defaults filled). */
export type MdxTagProps<K extends MdxTag> = z.output<(typeof mdxTagProps)[K]>;

/** Parses one tag's props; the error names each bad prop. */
export function parseTagProps<K extends MdxTag>(tag: K, props: unknown): MdxTagProps<K> {
  const result = mdxTagProps[tag].safeParse(props);
  if (!result.success) {
    throw new Error(
      `<${tag}>: ${result.error.issues.map((i) => `${i.path.join(".") || "props"}: ${i.message}`).join("; ")}`,
    );
  }
  return result.data as MdxTagProps<K>;
}

/** The calculator's page opened on the preset: what <Calculator> becomes where no widget can run. */
export function calculatorHref(
  siteUrl: string,
  { id, preset }: Pick<MdxTagProps<"Calculator">, "id" | "preset">,
): string {
  const query = new URLSearchParams(Object.entries(preset).map(([k, v]) => [k, String(v)])).toString();
  return `${siteUrl}/calculators/${id}${query ? `?${query}` : ""}`;
}
