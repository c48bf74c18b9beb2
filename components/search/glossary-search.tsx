"use client";
// The search box on /glossary. It needs JavaScript, so it renders after hydration; without it the
// A–Z list below is the way in.
import { useSyncExternalStore } from "react";
import { SearchCombobox } from "./search-combobox";

const TERMS_ONLY = ["term"] as const;

const subscribe = () => () => {};

export function GlossarySearch() {
  const hydrated = useSyncExternalStore(subscribe, () => true, () => false);
  return <div className="glossary-search">{hydrated && <SearchCombobox label="Search terms" kinds={TERMS_ONLY} />}</div>;
}
