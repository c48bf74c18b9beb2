// Loads the search index once per page view, on first use.
import type { SearchEntry } from "@/lib/search";

let pending: Promise<SearchEntry[]> | undefined;

export function loadSearchIndex(): Promise<SearchEntry[]> {
  pending ??= fetch("/search-index.json").then((r) => {
    if (!r.ok) throw new Error(`search index: HTTP ${r.status}`);
    return r.json() as Promise<SearchEntry[]>;
  });
  pending.catch(() => (pending = undefined));
  return pending;
}
