const formatter = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** A YYYY-MM-DD date as a <time> element ("27 Nov 2026"). */
export function DateText({ date }: { date: string }) {
  return <time dateTime={date}>{formatter.format(new Date(`${date}T00:00:00Z`))}</time>;
}
