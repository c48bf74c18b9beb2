"use client";

// The home page is prerendered (so its scripts keep fixed CSP hashes) and shows the term of the week it
// was built in; the browser moves on to the current week's term from the upcoming weeks it was given.
import { useEffect, useState } from "react";
import { TermCard } from "@/components/term-card";
import { weekIndex } from "@/lib/content/week";

type Card = { slug: string; title: string; summary: string };

export function TermOfTheWeek({ firstWeek, weeks }: { firstWeek: number; weeks: Card[] }) {
  const [offset, setOffset] = useState(0);
  useEffect(() => {
    const current = weekIndex(new Date()) - firstWeek;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the date is only known in the browser
    if (current > 0 && current < weeks.length) setOffset(current);
  }, [firstWeek, weeks.length]);
  const term = weeks[offset];
  return term ? <TermCard term={term} /> : null;
}
