"use client";

// The search box on /glossary. It needs JavaScript, so it renders after hydration; without it the
// A–Z list below is the way in. While a query is typed, its matches are the list: the full A–Z list
// beneath is hidden, so "0 terms found" is never shown above 67 terms that seem to contradict it.
import { useState, useSyncExternalStore, type ReactNode } from "react";
import { SearchCombobox } from "./search-combobox";
import styles from "./search.module.css";

const TERMS_ONLY = ["term"] as const;

const subscribe = () => () => {};

export function GlossarySearch({ children }: { children: ReactNode }) {
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  const [filtering, setFiltering] = useState(false);
  return (
    <>
      <div className={styles.glossarySearch}>
        {hydrated && (
          <SearchCombobox
            label="Search terms"
            kinds={TERMS_ONLY}
            onQueryChange={(q) => setFiltering(q.trim() !== "")}
          />
        )}
      </div>
      <div hidden={filtering}>{children}</div>
    </>
  );
}
