"use client";

// A search field with a list of matching pages (the ARIA combobox pattern): arrows move, Enter opens.
import { useRouter } from "next/navigation";
import { useEffect, useId, useState } from "react";
import { KIND_LABEL, search, type SearchEntry, type SearchKind } from "@/lib/search";
import { loadSearchIndex } from "./search-index";
import styles from "./search.module.css";

type Props = {
  label: string;
  /** Which kinds of page to search; all when absent. */
  kinds?: readonly SearchKind[];
  placeholder?: string;
  autoFocus?: boolean;
  onNavigate?: () => void;
  /** Told of every edit, so a page can hide what the query filters (the glossary's A–Z list). */
  onQueryChange?: (query: string) => void;
};

export function SearchCombobox({
  label,
  kinds,
  placeholder = "e.g. ttft, KV cache, MoE",
  autoFocus = false,
  onNavigate,
  onQueryChange,
}: Props) {
  const id = useId();
  const [entries, setEntries] = useState<SearchEntry[]>();
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const [failed, setFailed] = useState(false);
  const router = useRouter();

  useEffect(() => {
    loadSearchIndex().then(
      (all) => setEntries(kinds ? all.filter((e) => kinds.includes(e.kind)) : all),
      () => setFailed(true),
    );
  }, [kinds]);

  const results = entries && query.trim() ? search(entries, query) : [];
  const noun =
    kinds?.length === 1 && kinds[0] === "term" ? { one: "term", many: "terms" } : { one: "result", many: "results" };
  const go = (entry: SearchEntry) => {
    onNavigate?.();
    router.push(entry.href);
  };

  return (
    <div className={styles.search}>
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        className="input"
        // type="text", not "search": in a search field Chromium spends the first Escape clearing the text,
        // and the dialog should close on the first Escape.
        type="text"
        role="combobox"
        autoComplete="off"
        autoFocus={autoFocus}
        aria-expanded={results.length > 0}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={results.length ? `${id}-opt-${Math.min(active, results.length - 1)}` : undefined}
        value={query}
        placeholder={placeholder}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          onQueryChange?.(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown" && results.length) {
            e.preventDefault();
            setActive((a) => (a + 1) % results.length);
          } else if (e.key === "ArrowUp" && results.length) {
            e.preventDefault();
            setActive((a) => (a - 1 + results.length) % results.length);
          } else if (e.key === "Enter" && results.length) {
            e.preventDefault();
            go(results[Math.min(active, results.length - 1)]!);
          }
        }}
      />
      <ul id={`${id}-list`} role="listbox" aria-label="Matching pages" className={styles.results}>
        {results.map((entry, i) => (
          <li
            key={entry.href}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === Math.min(active, results.length - 1)}
            onMouseDown={(e) => {
              e.preventDefault();
              go(entry);
            }}
          >
            <span className={styles.title}>
              {entry.title}
              {kinds?.length !== 1 && <span className={styles.kind}> · {KIND_LABEL[entry.kind]}</span>}
            </span>
            <span className={styles.summary}>{entry.summary}</span>
          </li>
        ))}
      </ul>
      <p className="muted" aria-live="polite">
        {failed
          ? "Search is unavailable right now."
          : query.trim() && entries
            ? results.length
              ? `${results.length} ${results.length === 1 ? noun.one : noun.many} found.`
              : `No ${noun.many} found for “${query.trim()}”. Try another word${onQueryChange ? ", or clear the box to see the A–Z list" : ""}.`
            : ""}
      </p>
    </div>
  );
}
