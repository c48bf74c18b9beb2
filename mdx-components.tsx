// The one registry of MDX tags. Headings get ids so sections can be linked; glossary links get the
// site's link style; <Calculator>, <Compute> and <Price> embed the calculators and figures in prose;
// <TermLink> links a term. Each tag's props are defined once, in lib/publish/mdx-tags.ts.
import type { MDXComponents } from "mdx/types";
import Link from "next/link";
import type { ComponentPropsWithoutRef, ReactNode } from "react";
import { Calculator } from "@/components/mdx/calculator-embed";
import { Compute, FigureDates, Price } from "@/components/mdx/figures";
import { parseTagProps, type MdxTagInput } from "@/lib/publish/mdx-tags";

function textOf(node: ReactNode): string {
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  if (node && typeof node === "object" && "props" in node) {
    return textOf((node.props as { children?: ReactNode }).children);
  }
  return "";
}

export function headingId(children: ReactNode): string {
  return textOf(children)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function Anchor({ href = "", ...props }: ComponentPropsWithoutRef<"a">) {
  if (href.startsWith("/")) return <Link href={href} {...props} />;
  return <a href={href} rel="noopener" {...props} />;
}

/** `<TermLink slug="kv-cache">KV cache</TermLink>`: a glossary link (props in lib/publish/mdx-tags.ts). */
function TermLink({ children, ...input }: MdxTagInput<"TermLink"> & { children?: ReactNode }) {
  return <Link href={`/glossary/${parseTagProps("TermLink", input).slug}`}>{children}</Link>;
}

const components: MDXComponents = {
  h2: ({ children }: ComponentPropsWithoutRef<"h2">) => <h2 id={headingId(children)}>{children}</h2>,
  h3: ({ children }: ComponentPropsWithoutRef<"h3">) => <h3 id={headingId(children)}>{children}</h3>,
  a: Anchor,
  Calculator,
  Compute,
  FigureDates,
  Price,
  TermLink,
  table: (props: ComponentPropsWithoutRef<"table">) => (
    <div
      className="table-scroll"
      tabIndex={0}
      role="region"
      aria-label={`Table: ${textOf(props.children).slice(0, 60)}`}
    >
      <table {...props} />
    </div>
  ),
};

export function useMDXComponents(): MDXComponents {
  return components;
}
