// The Markdown version of a term (/glossary/<slug>.md): the MDX body with each component replaced by
// plain text, every site-relative link made absolute. Pure: callers pass the datasets and the origin.
// The body is parsed with the MDX parser, and only the components and links are spliced by source
// offset, so the rest of the author's Markdown comes out byte for byte.
import { createProcessor } from "@mdx-js/mdx";
import remarkGfm from "remark-gfm";
import { computeFigure, datesNote, priceFigure } from "@/lib/calculators/figures";
import { getCalculator } from "@/lib/economics";
import type { Datasets } from "../content/datasets";
import { containers, figureGroups } from "../content/figure-dates.mjs";
import { categories } from "../content/schema";
import type { Term } from "../content/terms";
import { calculatorHref, mdxTagProps, type MdxTag, type MdxTagProps } from "./mdx-tags";
import { termUrl } from "./term-dto";

/** The part of an mdast/MDX node this module reads (mdast-util-mdx-jsx and friends define the rest). */
type MdNode = {
  type: string;
  name?: string | null;
  url?: string;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdNode[];
  position?: { start: { line: number; offset?: number }; end: { offset?: number } };
  data?: { estree?: EsNode | null };
};
type EsNode = { type: string } & Record<string, unknown>;

const parser = createProcessor({ remarkPlugins: [remarkGfm] });

export class MarkdownConversionError extends Error {
  constructor(where: string, message: string) {
    super(`${where}: ${message}`);
    this.name = "MarkdownConversionError";
  }
}

const esNode = (value: unknown): EsNode | undefined =>
  value && typeof value === "object" && typeof (value as { type?: unknown }).type === "string"
    ? (value as EsNode)
    : undefined;

/** Evaluates a literal JS expression (objects, arrays, strings, numbers, booleans, null); anything else throws. */
function literalValue(node: EsNode | undefined, where: string): unknown {
  switch (node?.type) {
    case "Literal": {
      const value = node.value;
      if (value === null || ["string", "number", "boolean"].includes(typeof value)) return value;
      break;
    }
    case "TemplateLiteral": {
      const quasis = node.quasis as { value: { cooked?: string | null } }[];
      if ((node.expressions as unknown[]).length === 0 && quasis[0]?.value.cooked != null)
        return quasis[0].value.cooked;
      break;
    }
    case "UnaryExpression": {
      const argument = literalValue(esNode(node.argument), where);
      if (typeof argument === "number" && node.operator === "-") return -argument;
      if (typeof argument === "number" && node.operator === "+") return argument;
      break;
    }
    case "ArrayExpression":
      return (node.elements as unknown[]).map((e) => literalValue(esNode(e), where));
    case "ObjectExpression": {
      const out: Record<string, unknown> = {};
      for (const p of node.properties as EsNode[]) {
        const key = esNode(p.key);
        if (p.type !== "Property" || p.kind !== "init" || p.computed || p.method || !key) break;
        const name = key.type === "Identifier" ? key.name : key.type === "Literal" ? key.value : undefined;
        if (typeof name !== "string" && typeof name !== "number") break;
        out[String(name)] = literalValue(esNode(p.value), where);
      }
      if (Object.keys(out).length === (node.properties as unknown[]).length) return out;
      break;
    }
  }
  throw new MarkdownConversionError(where, "only literal values (strings, numbers, objects, arrays) can be converted");
}

/** The props of a JSX element: string attributes as strings, {expressions} evaluated as literals. */
function jsxProps(node: MdNode, where: string): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== "mdxJsxAttribute" || !attribute.name) {
      throw new MarkdownConversionError(where, "spread attributes cannot be converted");
    }
    const { value } = attribute;
    if (value === null || value === undefined) props[attribute.name] = true;
    else if (typeof value === "string") props[attribute.name] = value;
    else {
      const program = esNode((value as { data?: { estree?: unknown } }).data?.estree);
      const statement = esNode((program?.body as unknown[] | undefined)?.[0]);
      props[attribute.name] = literalValue(esNode(statement?.expression), `${where} ${attribute.name}`);
    }
  }
  return props;
}

function parseProps<K extends MdxTag>(name: K, node: MdNode, where: string): MdxTagProps<K> {
  const result = mdxTagProps[name].safeParse(jsxProps(node, where));
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join(".") || "props"}: ${i.message}`).join("; ");
    throw new MarkdownConversionError(where, issues);
  }
  return result.data as MdxTagProps<K>;
}

/** The plain text of a tag's children (<TermLink>'s label); markup inside has no Markdown form here. */
function childText(node: MdNode, where: string): string {
  return (node.children ?? [])
    .map((child) => {
      if (child.type === "text") return child.value ?? "";
      if (child.type === "paragraph") return childText(child, where);
      throw new MarkdownConversionError(where, "only plain text can be converted inside this tag");
    })
    .join("");
}

export type BodyContext = {
  /** Public origin without a trailing slash, e.g. https://example.com */
  siteUrl: string;
  /** The HTML page the body belongs to: "#section" links resolve against it. */
  pageUrl: string;
  data: Datasets;
  /** Named in errors, e.g. content/terms/kv-cache.mdx */
  file?: string;
};

/** `[text](target)` with the link text escaped, and the target in <…> when it has spaces or parentheses. */
export function markdownLink(text: string, url: string): string {
  const label = text.replace(/[\\[\]]/g, (c) => `\\${c}`);
  const target = /[\s()<>]/.test(url) ? `<${url.replace(/[<>]/g, encodeURIComponent)}>` : url;
  return `[${label}](${target})`;
}

function absolute(url: string, ctx: BodyContext): string | undefined {
  if (url.startsWith("/") && !url.startsWith("//")) return ctx.siteUrl + url;
  if (url.startsWith("#")) return ctx.pageUrl + url;
  return undefined;
}

type Edit = { start: number; end: number; text: string };

/** The text that stands for a component: the same figures the page renders, a link for a widget. */
function componentText(node: MdNode, tag: string, ctx: BodyContext): string {
  switch (node.name) {
    case "Compute": {
      const { id, inputs, output } = parseProps("Compute", node, tag);
      // Its date goes after the sentence (datedSentences).
      return computeFigure(ctx.data, id, inputs, output).text;
    }
    case "Price": {
      const { model, field } = parseProps("Price", node, tag);
      return priceFigure(ctx.data, model, field).text;
    }
    case "Calculator": {
      const props = parseProps("Calculator", node, tag);
      const calculator = getCalculator(props.id);
      if (!calculator) throw new MarkdownConversionError(tag, `no calculator "${props.id}"`);
      // The preset becomes the query, so the link opens the calculator with the values the page embeds.
      return markdownLink(`Open the ${calculator.title} calculator`, calculatorHref(ctx.siteUrl, props));
    }
    case "TermLink": {
      const { slug } = parseProps("TermLink", node, tag);
      return markdownLink(childText(node, tag), termUrl(ctx.siteUrl, slug));
    }
  }
  throw new MarkdownConversionError(
    tag,
    "no Markdown conversion for this component (add one in lib/publish/markdown.ts)",
  );
}

/** The edit for one node, or undefined to leave it and look at its children. */
function editFor(node: MdNode, start: number, end: number, source: string, ctx: BodyContext): Edit | undefined {
  const where = `${ctx.file ?? "body"}: body line ${node.position?.start.line ?? "?"}`;
  const whole = (text: string): Edit => ({ start, end, text });
  switch (node.type) {
    case "mdxJsxFlowElement":
    case "mdxJsxTextElement": {
      const tag = `${where}: <${node.name ?? ""}>`;
      try {
        return whole(componentText(node, tag, ctx));
      } catch (error) {
        // computeFigure and priceFigure name the component but not the file: add it.
        if (error instanceof MarkdownConversionError) throw error;
        throw new MarkdownConversionError(where, (error as Error).message);
      }
    }
    case "mdxFlowExpression":
    case "mdxTextExpression": {
      // {/* comments */} parse to an empty program: drop them. Real expressions have no text form.
      const body = esNode(node.data?.estree)?.body as unknown[] | undefined;
      if (body && body.length === 0) return whole("");
      throw new MarkdownConversionError(where, "{expressions} cannot be converted to Markdown");
    }
    case "mdxjsEsm":
      throw new MarkdownConversionError(where, "import/export statements cannot be converted to Markdown");
    case "link":
    case "image":
    case "definition": {
      const url = node.url ?? "";
      const full = absolute(url, ctx);
      // The destination is the last occurrence of the URL in the node's source (after "](" or "]:"),
      // so only it is replaced and the link text is still visited.
      const at = full === undefined ? -1 : source.slice(start, end).lastIndexOf(url);
      return at === -1 ? undefined : { start: start + at, end: start + at + url.length, text: full! };
    }
  }
  return undefined;
}

/** The asOf of one figure tag, read as componentText reads it. */
function figureDate(node: MdNode, where: string, ctx: BodyContext): string | undefined {
  const tag = `${where}: <${node.name ?? ""}>`;
  try {
    if (node.name === "Price") {
      const { model, field } = parseProps("Price", node, tag);
      return priceFigure(ctx.data, model, field).asOf;
    }
    const { id, inputs, output } = parseProps("Compute", node, tag);
    return computeFigure(ctx.data, id, inputs, output).asOf;
  } catch (error) {
    if (error instanceof MarkdownConversionError) throw error;
    throw new MarkdownConversionError(tag, (error as Error).message);
  }
}

/**
 * One insertion per sentence holding figures: their dates, once, before the sentence's closing punctuation
 * or at the end of its paragraph, list item or table cell (lib/content/figure-dates.mjs groups them).
 */
function datedSentences(tree: MdNode, source: string, ctx: BodyContext): Edit[] {
  const edits: Edit[] = [];
  for (const parent of containers(tree) as MdNode[]) {
    for (const { figures, anchor } of figureGroups(parent) as {
      figures: MdNode[];
      anchor: { child: MdNode; index: number } | { end: true };
    }[]) {
      const where = `${ctx.file ?? "body"}: body line ${figures[0]?.position?.start.line ?? "?"}`;
      const note = datesNote(figures.map((f) => figureDate(f, where, ctx)));
      if (!note) continue;
      let at: number | undefined;
      if ("end" in anchor) {
        at = parent.children?.at(-1)?.position?.end.offset;
      } else {
        // Find the punctuation in the source of the text node (its value may differ by escapes).
        const start = anchor.child.position?.start.offset;
        const end = anchor.child.position?.end.offset;
        const found =
          start === undefined || end === undefined ? -1 : source.slice(start, end).search(/[.!?;:](?=\s|$)/);
        at = found === -1 || start === undefined ? undefined : start + found;
      }
      if (at === undefined) throw new MarkdownConversionError(where, "cannot place the date of a figure");
      edits.push({ start: at, end: at, text: note });
    }
  }
  return edits;
}

/** Converts an MDX body to Markdown. Throws MarkdownConversionError naming the file, line and component. */
export function mdxToMarkdown(body: string, ctx: BodyContext): string {
  const tree = parser.parse(body) as unknown as MdNode;
  const edits: Edit[] = [];
  const visit = (node: MdNode) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    const edit = start === undefined || end === undefined ? undefined : editFor(node, start, end, body, ctx);
    if (edit) edits.push(edit);
    // A node replaced whole is not looked into; a link whose URL was rewritten still is (its text may hold a figure).
    if (!edit || edit.start !== start || edit.end !== end) node.children?.forEach(visit);
  };
  visit(tree);
  edits.push(...datedSentences(tree, body, ctx));
  let out = body;
  for (const edit of edits.sort((a, b) => b.start - a.start))
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out.replace(/\n{3,}/g, "\n\n").trim();
}

export type MarkdownContext = {
  siteUrl: string;
  data: Datasets;
  /** Every term by slug, for the related-terms list. */
  terms: ReadonlyMap<string, Pick<Term, "slug" | "title" | "summary">>;
};

/** The whole Markdown document for one term. */
export function termToMarkdown(term: Term, ctx: MarkdownContext): string {
  const pageUrl = termUrl(ctx.siteUrl, term.slug);
  const category = categories.find((c) => c.id === term.category);
  const related = term.related.map((slug) => {
    const t = ctx.terms.get(slug);
    if (!t) throw new MarkdownConversionError(`${term.file}: related`, `no term "${slug}"`);
    return `- ${markdownLink(t.title, termUrl(ctx.siteUrl, t.slug))}: ${t.summary}`;
  });
  const sources = term.sources.map((s, i) => `${i + 1}. ${markdownLink(s.title, s.url)} (accessed ${s.accessed})`);
  const facts = [
    `- Category: ${markdownLink(category?.label ?? term.category, `${ctx.siteUrl}/glossary/category/${term.category}`)}`,
    ...(term.aliases.length > 0 ? [`- Also called: ${term.aliases.join(", ")}`] : []),
    `- Web page: ${pageUrl}`,
  ];
  return (
    [
      `# ${term.title}`,
      `> ${term.summary}`,
      `In short:\n\n${term.inShort.map((line) => `- ${line}`).join("\n")}`,
      facts.join("\n"),
      mdxToMarkdown(term.body, { siteUrl: ctx.siteUrl, pageUrl, data: ctx.data, file: term.file }),
      `## Related terms\n\n${related.join("\n")}`,
      `## Sources\n\n${sources.join("\n")}`,
      `Last updated ${term.updated}.`,
    ].join("\n\n") + "\n"
  );
}
