// Renders a newsletter issue (MDX) as mail: HTML, and a plain-text part that is the issue's Markdown
// (lib/publish/markdown.ts, the same conversion as a term's .md page). The tags' props come from
// lib/publish/mdx-tags.ts: calculators become links to their pages opened on the preset; <Compute> and
// <Price> become the same figures the web page shows.
import { evaluate } from "@mdx-js/mdx";
import { Children, isValidElement, type ComponentPropsWithoutRef, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import * as runtime from "react/jsx-runtime";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import { computeFigure, datesNote, figureAsOf, priceFigure, type FigureProps } from "@/lib/calculators/figures";
import type { Datasets } from "@/lib/content/datasets";
import remarkFigureDates from "@/lib/content/figure-dates.mjs";
import type { NewsletterIssue } from "@/lib/content/newsletter";
import { getCalculator } from "@/lib/economics";
import { mdxToMarkdown } from "@/lib/publish/markdown";
import { calculatorHref, parseTagProps, type MdxTagInput } from "@/lib/publish/mdx-tags";
import { termUrl } from "@/lib/publish/term-dto";

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function renderIssueMail(issue: NewsletterIssue, data: Datasets, siteUrl: string) {
  const { default: Content } = await evaluate(issue.body, {
    ...runtime,
    remarkPlugins: [remarkFrontmatter, remarkGfm, remarkFigureDates],
  });
  const components = {
    a: ({ href = "", ...props }: ComponentPropsWithoutRef<"a">) => (
      <a href={href.startsWith("/") ? siteUrl + href : href} {...props} />
    ),
    Calculator: (input: MdxTagInput<"Calculator">) => {
      const props = parseTagProps("Calculator", input);
      return (
        <p>
          <a href={calculatorHref(siteUrl, props)}>
            Try the {getCalculator(props.id)?.title ?? props.id} calculator on the site
          </a>
        </p>
      );
    },
    Compute: (input: MdxTagInput<"Compute">) => {
      const { id, inputs, output, dateAfter } = parseTagProps("Compute", input);
      const { text, asOf } = computeFigure(data, id, inputs, output);
      return <>{dateAfter ? text : text + datesNote([asOf])}</>;
    },
    Price: (input: MdxTagInput<"Price">) => {
      const { model, field, dateAfter } = parseTagProps("Price", input);
      const { text, asOf } = priceFigure(data, model, field);
      return <>{dateAfter ? text : text + datesNote([asOf])}</>;
    },
    TermLink: ({ children, ...input }: MdxTagInput<"TermLink"> & { children?: ReactNode }) => (
      <a href={termUrl(siteUrl, parseTagProps("TermLink", input).slug)}>{children}</a>
    ),
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
  const markdown = mdxToMarkdown(issue.body, { siteUrl, pageUrl: webUrl, data, file: issue.file });
  return (unsubscribeUrl: string) => {
    const html = `<h1>${escape(issue.title)}</h1>
<p><em>${escape(issue.summary)}</em></p>
${body}
<hr>
<p><a href="${escape(webUrl)}">Read this issue on the web</a> · <a href="${escape(unsubscribeUrl)}">Unsubscribe</a></p>`;
    const text = `# ${issue.title}\n\n${issue.summary}\n\n${markdown}\n\n---\n\nRead this issue on the web: ${webUrl}\nUnsubscribe: ${unsubscribeUrl}\n`;
    return { subject: issue.title, html, text };
  };
}
