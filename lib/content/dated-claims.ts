// "As of <date>" in a term means "still true on that date", so it must not be older than the newest data the
// page could have read: the price database's publication date or the datasets' asOf. A historical statement
// says when it was true instead ("in Aug 2025 OpenAI listed…"); a figure read from the data (<Price />,
// <Compute />) carries its own date. Pure: the caller passes the newest date, so the rule is tested on samples.
//
// A claim is stale when the whole period it names ends before the newest date: "as of Nov 2026" is not stale
// against data from 2026-11-27 (the month contains it), "as of Aug 2025" is. Code, JSX tags and link targets
// are removed first, as in current-prices.ts.

export type AsOfClaim = { text: string; ends: string };

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = String.raw`(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;
// "as of 27 Nov 2026", "as of Nov 27, 2026", "as of Nov 2026", "as of 2026-11-27", "as of 2026-11", "as of 2026".
const AS_OF = new RegExp(
  String.raw`\bas of\s+(?:(\d{1,2})\s+${MONTH}\s+(\d{4})|${MONTH}\s+(\d{1,2}),?\s+(\d{4})|${MONTH}\s+(\d{4})|(\d{4})-(\d{2})-(\d{2})|(\d{4})-(\d{2})|(\d{4}))\b`,
  "gi",
);

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const monthIndex = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** The last day (YYYY-MM-DD) of the period an "as of" phrase names. */
function periodEnd(m: RegExpExecArray): string {
  const [, d1, mo1, y1, mo2, d2, y2, mo3, y3, yi, mi, di, ym, mm, yo] = m;
  if (y1) return `${y1}-${pad(monthIndex(mo1!))}-${pad(Number(d1))}`;
  if (y2) return `${y2}-${pad(monthIndex(mo2!))}-${pad(Number(d2))}`;
  if (y3) return `${y3}-${pad(monthIndex(mo3!))}-${pad(lastDay(Number(y3), monthIndex(mo3!)))}`;
  if (yi) return `${yi}-${mi}-${di}`;
  if (ym) return `${ym}-${mm}-${pad(lastDay(Number(ym), Number(mm)))}`;
  return `${yo}-12-31`;
}

/** Every "as of <date>" in prose, with the last day of the period it names. */
export function asOfClaims(body: string): AsOfClaim[] {
  const prose = body
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/`[^`\n]*`/g, " ")
    .replace(/<[A-Z][\s\S]*?\/>/g, " ")
    .replace(/\]\([^)\s]*\)/g, "]");
  return [...prose.matchAll(AS_OF)].map((m) => ({ text: m[0], ends: periodEnd(m) }));
}

/** The "as of" claims of `body` whose period ends before `newest` (YYYY-MM-DD). */
export function staleAsOfClaims(body: string, newest: string): AsOfClaim[] {
  return asOfClaims(body).filter((c) => c.ends < newest);
}

/** The newest date among the data a page can read: "YYYY-MM-DD" strings compare as dates. */
export function newestDataDate(...dates: string[]): string {
  return dates.reduce((a, b) => (a > b ? a : b));
}
