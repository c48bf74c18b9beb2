// Where the date of a quoted figure goes: after the figure's sentence, not inside it. "$4.38 (as of Aug
// 2024) per million tokens" splits a phrase; "$1.25 … (as of Aug 2025) and $10.00 … (as of Aug 2025)"
// says the same date twice. So every <Price> and <Compute> in a sentence is dated once, by one note just
// before the sentence's closing punctuation (or at the end of its paragraph, list item or table cell).
// Plain JavaScript: @next/mdx imports remark plugins by path (Turbopack cannot take plugin functions), and
// lib/publish/markdown.ts and the newsletter mail use the same grouping, so the three renderers agree.

export const FIGURE_TAGS = new Set(["Price", "Compute"]);
/** The tag the remark plugin inserts; its children are copies of the figures it dates. */
export const DATES_TAG = "FigureDates";

// A full stop, question or exclamation mark, semicolon or colon followed by a space or the end of the
// text. "3.5" and "e.g." inside a word are not sentence ends; "vs. " is (rare in the content, harmless).
const SENTENCE_END = /[.!?;:](?=\s|$)/;

/**
 * The fields of an MDAST node (text, MDX JSX element, container) that these functions read or write.
 * @typedef {{ type: string, name?: string | null, value?: string, attributes?: unknown[], children?: Node[] }} Node
 */

/** @param {Node | undefined} node */
const isFigure = (node) => node?.type === "mdxJsxTextElement" && FIGURE_TAGS.has(node.name ?? "");

/**
 * The figures of one phrasing container (paragraph, list item's paragraph, table cell, emphasis…),
 * grouped by sentence. Each group's anchor is where its note goes: a text child and the index in its
 * value of the sentence's closing punctuation, or `{ end: true }` for the end of the container.
 * @param {Node} parent
 * @returns {{ figures: Node[], anchor: { child: Node & { value: string }, index: number } | { end: true } }[]}
 */
export function figureGroups(parent) {
  /** @type {ReturnType<typeof figureGroups>} */
  const groups = [];
  /** @type {Node[]} */
  let pending = [];
  for (const child of parent.children ?? []) {
    if (isFigure(child)) {
      pending.push(child);
      continue;
    }
    if (pending.length && child.type === "text" && child.value !== undefined) {
      const match = SENTENCE_END.exec(child.value);
      if (match) {
        groups.push({
          figures: pending,
          anchor: { child: /** @type {Node & { value: string }} */ (child), index: match.index },
        });
        pending = [];
      }
    }
  }
  if (pending.length) groups.push({ figures: pending, anchor: { end: true } });
  return groups;
}

/**
 * Every node with children, depth first (the containers figureGroups looks into).
 * @param {Node} node
 * @param {(Node & { children: Node[] })[]} [out]
 */
export function containers(node, out = []) {
  if (!node.children) return out;
  out.push(/** @type {Node & { children: Node[] }} */ (node));
  for (const child of node.children) if (!isFigure(child)) containers(child, out);
  return out;
}

const flag = { type: "mdxJsxAttribute", name: "dateAfter", value: null };

/**
 * Remark plugin for the pages and the mail: marks each figure `dateAfter` (it renders without its date)
 * and inserts `<FigureDates>` holding copies of the sentence's figures where the note goes.
 */
export default function remarkFigureDates() {
  return (/** @type {Node} */ tree) => {
    for (const parent of containers(tree)) {
      const groups = figureGroups(parent);
      // From the last group back, so earlier indices stay valid while text nodes are split.
      for (const { figures, anchor } of groups.reverse()) {
        const note = {
          type: "mdxJsxTextElement",
          name: DATES_TAG,
          attributes: [],
          children: figures.map((f) => ({
            type: "mdxJsxTextElement",
            name: f.name,
            attributes: f.attributes,
            children: [],
          })),
        };
        for (const f of figures) f.attributes = [...(f.attributes ?? []), flag];
        if ("end" in anchor) {
          parent.children.push(note);
        } else {
          const at = parent.children.indexOf(anchor.child);
          const before = { type: "text", value: anchor.child.value.slice(0, anchor.index) };
          const after = { type: "text", value: anchor.child.value.slice(anchor.index) };
          parent.children.splice(at, 1, ...(before.value ? [before] : []), note, after);
        }
      }
    }
  };
}
