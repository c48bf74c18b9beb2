import { evaluate } from "@mdx-js/mdx";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import * as runtime from "react/jsx-runtime";
import remarkGfm from "remark-gfm";
import { describe, expect, it } from "vitest";
import { Compute, FigureDates, Price } from "@/components/mdx/figures";
import { computeFigure, datesNote, formatAsOf, priceFigure } from "@/lib/calculators/figures";
import { renderIssueMail } from "@/lib/email/issue";
import { htmlToText } from "@/lib/testing/html-text";
import { mdxToMarkdown } from "../publish/markdown";
import { loadDatasets } from "./datasets";
import remarkFigureDates from "./figure-dates.mjs";

const data = loadDatasets();
const ctx = { siteUrl: "https://ie.example", pageUrl: "https://ie.example/glossary/x", data };

// A figure in the middle of a phrase, two dated figures in one sentence, a list item without a full stop,
// a table cell, and an undated figure.
const body = [
  `GPT-5 blends to <Compute id="blended-price" inputs={{ model: "gpt-5" }} output="blendedPricePerMUsd" /> per million tokens, at list price. Next sentence.`,
  ``,
  `It lists at <Price model="gpt-5" field="input" /> and <Price model="gpt-5" field="output" />; a batch halves both.`,
  ``,
  `- GPT-5 mini: <Compute id="blended-price" inputs={{ model: "gpt-5-mini" }} output="blendedPricePerMUsd" /> per million tokens`,
  ``,
  `| Model | Input |`,
  `|---|---|`,
  `| o3 | <Price model="o3" field="input" /> |`,
  ``,
  `At $2 an hour: <Compute id="self-host-cost" inputs={{ gpuHourlyUsd: 2, gpuCount: 1, throughputTokensPerSecond: 1000, utilization: 1 }} output="costPerMillionTokensUsd" /> per million.`,
].join("\n");

const blend = computeFigure(data, "blended-price", { model: "gpt-5" }, "blendedPricePerMUsd");
const blendMini = computeFigure(data, "blended-price", { model: "gpt-5-mini" }, "blendedPricePerMUsd");
const input = priceFigure(data, "gpt-5", "input");
const output = priceFigure(data, "gpt-5", "output");
const o3 = priceFigure(data, "o3", "input");
const selfHost = computeFigure(
  data,
  "self-host-cost",
  { gpuHourlyUsd: 2, gpuCount: 1, throughputTokensPerSecond: 1000, utilization: 1 },
  "costPerMillionTokensUsd",
);
const expected = [
  `GPT-5 blends to ${blend.text} per million tokens, at list price (as of ${formatAsOf(blend.asOf!)}). Next sentence.`,
  `It lists at ${input.text} and ${output.text}${datesNote([input.asOf, output.asOf])}; a batch halves both.`,
  `GPT-5 mini: ${blendMini.text} per million tokens (as of ${formatAsOf(blendMini.asOf!)})`,
  `${o3.text} (as of ${formatAsOf(o3.asOf)})`,
  `At $2 an hour: ${selfHost.text} per million.`,
];

describe("figure dates", () => {
  it("writes one note per sentence, after the sentence, never twice", () => {
    expect(datesNote(["2025-08", "2025-08"])).toBe(" (as of Aug 2025)");
    expect(datesNote(["2024-08", undefined, "2025-11"])).toBe(" (as of Aug 2024 and Nov 2025, in order)");
    expect(datesNote([undefined])).toBe("");
    expect(blend.asOf).toBeDefined();
    expect(selfHost.asOf).toBeUndefined();
    expect(input.asOf).toBe(output.asOf);
  });

  it("places the dates the same way in Markdown, on the page and in the mail", async () => {
    const markdown = mdxToMarkdown(body, ctx);
    for (const line of expected) expect(markdown).toContain(line);

    const { default: Content } = await evaluate(body, { ...runtime, remarkPlugins: [remarkGfm, remarkFigureDates] });
    const page = htmlToText(
      renderToStaticMarkup(createElement(Content, { components: { Compute, FigureDates, Price } })),
    );
    for (const line of expected) expect(page).toContain(line);

    const issue = { slug: "x", file: "content/newsletter/x.mdx", title: "X", summary: "Y", date: "2026-11-27", body };
    const mail = (await renderIssueMail(issue, data, "https://ie.example"))("https://ie.example/u");
    for (const line of expected) expect(mail.text).toContain(line);
    expect(mail.text).not.toMatch(/\(as of [^)]*\)\s*\(/);
  });
});
