// Renders a newsletter issue (MDX) as mail: HTML plus a plain-text part. Calculators become links to
// their pages; <Compute> and <Price> become the same figures the web page shows.
import { evaluate } from "@mdx-js/mdx";
import { Children, type ComponentPropsWithoutRef, isValidElement, type ReactNode } from "react";
import * as runtime from "react/jsx-runtime";
import { renderToStaticMarkup } from "react-dom/server";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import { computeFigure, datesNote, figureAsOf, type FigureProps, type PriceField, priceFigure } from "@/lib/calculators/figures";
import remarkFigureDates from "@/lib/content/figure-dates.mjs";
import type { Datasets } from "@/lib/content/datasets";
import type { NewsletterIssue } from "@/lib/content/newsletter";
import { getCalculator } from "@/lib/economics";

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Plain text from the rendered HTML: links keep their address, block ends become line breaks. */
export function htmlToText(html: string): string {
  return html
    .replace(/<a [^>]*href="([^"]+)"[^>]*>([\s\S]*?)<\/a>/g, (_, href: string, label: string) => `${label} (${href})`)
    .replace(/<li[^>]*>/g, "- ")
    .replace(/<\/(p|h[1-6]|li|tr|table|ul|ol)>/g, "\n")
    .replace(/<br\s*\/?>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

export async function renderIssueMail(issue: NewsletterIssue, data: Datasets, siteUrl: string) {
  const { default: Content } = await evaluate(issue.body, { ...runtime, remarkPlugins: [remarkFrontmatter, remarkGfm, remarkFigureDates] });
  const components = {
    a: ({ href = "", ...props }: ComponentPropsWithoutRef<"a">) => <a href={href.startsWith("/") ? siteUrl + href : href} {...props} />,
    Calculator: ({ id }: { id: string }) => (
      <p>
        <a href={`${siteUrl}/calculators/${id}`}>Try the {getCalculator(id)?.title ?? id} calculator on the site</a>
      </p>
    ),
    Compute: ({ id, inputs = {}, output, dateAfter = false }: { id: string; inputs?: Record<string, string | number>; output: string; dateAfter?: boolean }) => {
      const { text, asOf } = computeFigure(data, id, inputs, output);
      return <>{dateAfter ? text : text + datesNote([asOf])}</>;
    },
    Price: ({ model, field = "input", dateAfter = false }: { model: string; field?: PriceField; dateAfter?: boolean }) => {
      const { text, asOf } = priceFigure(data, model, field);
      return <>{dateAfter ? text : text + datesNote([asOf])}</>;
    },
    // The sentence's figures' dates, once, where it ends (lib/content/figure-dates.mjs).
    FigureDates: ({ children }: { children: ReactNode }) => (
      <>
        {datesNote(
          Children.toArray(children)
            .filter(isValidElement)
            .map((child) => figureAsOf(data, child.props as FigureProps)),
        )}
      </>
    ),
  };
  const body = renderToStaticMarkup(<Content components={components} />);
  const webUrl = `${siteUrl}/newsletter/${issue.slug}`;
  return (unsubscribeUrl: string) => {
    const html = `<h1>${escape(issue.title)}</h1>
<p><em>${escape(issue.summary)}</em></p>
${body}
<hr>
<p><a href="${escape(webUrl)}">Read this issue on the web</a> · <a href="${escape(unsubscribeUrl)}">Unsubscribe</a></p>`;
    return { subject: issue.title, html, text: htmlToText(html) };
  };
}
