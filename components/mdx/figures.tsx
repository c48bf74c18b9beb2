// Numbers quoted in prose, computed from the data and the calculators so the text never drifts.
// Each figure's date goes after its sentence (lib/content/figure-dates.mjs marks the figure `dateAfter`
// and puts a <FigureDates> holding copies of the sentence's figures where the note goes).
import { Children, isValidElement, type ReactNode } from "react";
import { computeFigure, datesNote, figureAsOf, priceFigure, type FigureProps } from "@/lib/calculators/figures";
import { loadDatasets } from "@/lib/content/datasets";
import { parseTagProps, type MdxTagInput } from "@/lib/publish/mdx-tags";
import styles from "./figures.module.css";

function Note({ dates }: { dates: (string | undefined)[] }) {
  const note = datesNote(dates);
  return note ? <span className={styles.note}>{note}</span> : null;
}

/** `<Price model="openai/gpt-4o" field="input" />`: a list price from the price database (or content/data/api-prices.json) with its date. */
export function Price(input: MdxTagInput<"Price">) {
  const { model, field, dateAfter } = parseTagProps("Price", input);
  const { text, asOf } = priceFigure(loadDatasets(), model, field);
  return (
    <span>
      {text}
      {!dateAfter && <Note dates={[asOf]} />}
    </span>
  );
}

/** `<Compute id="self-host-cost" inputs={{...}} output="costPerMillionTokensUsd" />`: one calculator output. */
export function Compute(input: MdxTagInput<"Compute">) {
  const { id, inputs, output, dateAfter } = parseTagProps("Compute", input);
  const { text, asOf } = computeFigure(loadDatasets(), id, inputs, output);
  return (
    <span>
      {text}
      {!dateAfter && <Note dates={[asOf]} />}
    </span>
  );
}

/** The dates of the figures given as children, once, where their sentence ends. Renders no figure. */
export function FigureDates({ children }: { children: ReactNode }) {
  const data = loadDatasets();
  const dates = Children.toArray(children)
    .filter(isValidElement)
    .map((child) => figureAsOf(data, child.props as FigureProps));
  return <Note dates={dates} />;
}
