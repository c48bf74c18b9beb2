// Query strings as records, one rule for every page and the JSON API: a name given more than once
// takes its last value. Why the last rather than a 400: a page cannot answer a reader with a 400, and
// the last value is the one a person or a script appends to override a link (`...&gpu=h100-sxm`), the
// way /models already reads its query; a refusal would make the API and the page disagree on one URL.
// Object.fromEntries rather than assignment: `record["__proto__"] = v` would set the prototype and lose
// the parameter, and `"constructor" in {}` is true; every name must reach validation as an own key.

/** What Next.js passes a page as `searchParams`, or a request's URLSearchParams. */
export type RawQuery = URLSearchParams | Record<string, string | string[] | undefined>;

const entries = (raw: RawQuery): [string, string][] =>
  raw instanceof URLSearchParams
    ? [...raw]
    : Object.entries(raw).flatMap(([name, v]) =>
        v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((x): [string, string] => [name, x]),
      );

/** One string per name, the last of repeated ones; `omit` names are left out. */
export function queryValues(raw: RawQuery, omit: readonly string[] = []): Record<string, string> {
  return Object.fromEntries(entries(raw).filter(([name]) => !omit.includes(name)));
}

/** Every value given for `name`, in order (a list parameter such as `?ids=a&ids=b`). */
export function queryList(raw: RawQuery, name: string): string[] {
  return entries(raw).flatMap(([k, v]) => (k === name ? [v] : []));
}
