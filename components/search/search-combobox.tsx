"use client";
// A search field with a list of matching terms (the ARIA combobox pattern): arrows move, Enter opens.
import { useRouter } from "next/navigation";
import { useEffect, useId, useState } from "react";
import { search, type SearchEntry } from "@/lib/search";
import { loadSearchIndex } from "./search-index";

export function SearchCombobox({ label, autoFocus = false, onNavigate }: { label: string; autoFocus?: boolean; onNavigate?: () => void }) {
  const id = useId();
  const [entries, setEntries] = useState<SearchEntry[]>();
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const [failed, setFailed] = useState(false);
  const router = useRouter();

  useEffect(() => {
    loadSearchIndex().then(setEntries, () => setFailed(true));
  }, []);

  const results = entries && query.trim() ? search(entries, query) : [];
  const go = (entry: SearchEntry) => {
    onNavigate?.();
    router.push(`/glossary/${entry.slug}`);
  };

  return (
    <div className="search">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
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
        placeholder="e.g. ttft, KV cache, MoE"
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
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
      <ul id={`${id}-list`} role="listbox" aria-label="Matching terms" className="search-results">
        {results.map((entry, i) => (
          <li
            key={entry.slug}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === Math.min(active, results.length - 1)}
            onMouseDown={(e) => {
              e.preventDefault();
              go(entry);
            }}
          >
            <span className="search-title">{entry.title}</span>
            <span className="search-summary">{entry.summary}</span>
          </li>
        ))}
      </ul>
      <p className="muted search-status" aria-live="polite">
        {failed ? "Search is unavailable right now." : query.trim() && entries ? `${results.length} ${results.length === 1 ? "term" : "terms"} found.` : ""}
      </p>
    </div>
  );
}
