// Reads a usage export (CSV with a header row, or JSON Lines) one line at a time into usage rows. Pure: the
// route handler feeds it lines as they stream in, tests feed it strings. The column mapping is detected for
// the OpenAI and Anthropic usage APIs and this site's own priced CSV, or given by the reader.
//
// OpenAI, Usage API (completions), https://platform.openai.com/docs/api-reference/usage/completions
//   buckets { start_time (Unix seconds), results: [{ model, input_tokens (cached included), input_cached_tokens,
//   output_tokens, num_model_requests }] }
// Anthropic, Admin API usage report, https://platform.claude.com/docs/en/api/admin/usage_report/retrieve_messages
//   buckets { starting_at (RFC 3339), results: [{ model, uncached_input_tokens, cache_read_input_tokens,
//   cache_creation: { ephemeral_5m_input_tokens, ephemeral_1h_input_tokens }, output_tokens }] }
// Both are JSON; saved as JSON Lines (one page, bucket or result per line) or flattened to CSV columns
// (nested names joined with dots, e.g. cache_creation.ephemeral_5m_input_tokens), they are recognised.
import type { TokenUsage } from "@/lib/prices/catalog";

export const USAGE_FIELDS = [
  "timestamp",
  "model",
  "provider",
  "input",
  "cached",
  "write5m",
  "write1h",
  "output",
  "reasoning",
  "requests",
] as const;
export type UsageField = (typeof USAGE_FIELDS)[number];
export type Mapping = Partial<Record<UsageField, string>>;

export type UsageFormat = {
  id: "openai-usage-api" | "anthropic-usage-report" | "priced-csv" | "mapped";
  label: string;
  mapping: Mapping;
  /** True when the input column counts cached and cache-write tokens too (OpenAI); false when it counts only uncached input (Anthropic). */
  inputIncludesCache: boolean;
  /** The provider every row belongs to, when the export is a provider's own. */
  provider?: string;
};

export const FORMATS: UsageFormat[] = [
  {
    id: "openai-usage-api",
    label: "OpenAI Usage API (completions)",
    mapping: {
      timestamp: "start_time",
      model: "model",
      input: "input_tokens",
      cached: "input_cached_tokens",
      output: "output_tokens",
      requests: "num_model_requests",
    },
    inputIncludesCache: true,
    provider: "openai",
  },
  {
    id: "anthropic-usage-report",
    label: "Anthropic usage report (messages)",
    mapping: {
      timestamp: "starting_at",
      model: "model",
      input: "uncached_input_tokens",
      cached: "cache_read_input_tokens",
      write5m: "cache_creation.ephemeral_5m_input_tokens",
      write1h: "cache_creation.ephemeral_1h_input_tokens",
      output: "output_tokens",
    },
    inputIncludesCache: false,
    provider: "anthropic",
  },
  {
    id: "priced-csv",
    label: "This site's priced CSV",
    mapping: {
      timestamp: "timestamp",
      model: "model",
      input: "input_tokens",
      cached: "cached_input_tokens",
      write5m: "cache_write_tokens",
      write1h: "cache_write_1h_tokens",
      output: "output_tokens",
      reasoning: "reasoning_tokens",
    },
    inputIncludesCache: true,
  },
];

const REQUIRED: UsageField[] = ["timestamp", "model", "input", "output"];

/** The first known format whose required columns (and its distinctive ones) are all present. */
export function detectFormat(columns: readonly string[]): UsageFormat | undefined {
  const has = new Set(columns);
  return FORMATS.find(
    (f) =>
      REQUIRED.every((field) => has.has(f.mapping[field]!)) &&
      (f.mapping.cached === undefined || has.has(f.mapping.cached) || f.id === "priced-csv"),
  );
}

export type UsageRow = TokenUsage & {
  /** Line of the file the row came from (1-based). */
  line: number;
  timestamp: Date;
  /** The model as the export names it ("" when the export left it out). */
  model: string;
  provider?: string;
  requests: number;
};

export type ParseIssue = { line: number; column?: number; field?: string; message: string };

export type ParseOptions = {
  /** Column (CSV header name, or dotted JSON key) for each field; overrides detection. */
  mapping?: Mapping;
  /** For a mapped file: does the input column include cached tokens? Default yes. */
  inputIncludesCache?: boolean;
};

const MAX_ISSUES = 50;

/** Splits one CSV line (RFC 4180 quoting, no line breaks inside quotes) into fields with their 1-based columns. */
export function splitCsvLine(line: string): { fields: string[] } | { error: string; column: number } {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let value = "";
      let j = i + 1;
      for (;;) {
        const q = line.indexOf('"', j);
        if (q === -1) return { error: "a quoted field is not closed on its line", column: fields.length + 1 };
        value += line.slice(j, q);
        if (line[q + 1] === '"') {
          value += '"';
          j = q + 2;
          continue;
        }
        j = q + 1;
        break;
      }
      fields.push(value);
      if (j === line.length) return { fields };
      if (line[j] !== ",") return { error: "text after a closing quote", column: fields.length };
      i = j + 1;
    } else {
      const comma = line.indexOf(",", i);
      if (comma === -1) {
        fields.push(line.slice(i).trim());
        return { fields };
      }
      fields.push(line.slice(i, comma).trim());
      i = comma + 1;
    }
  }
}

/** Nested objects as dotted keys: { cache_creation: { ephemeral_5m_input_tokens: 3 } } → "cache_creation.ephemeral_5m_input_tokens". */
function flatten(
  value: Record<string, unknown>,
  prefix = "",
  out: Record<string, unknown> = {},
): Record<string, unknown> {
  for (const [k, v] of Object.entries(value)) {
    if (v !== null && typeof v === "object" && !Array.isArray(v))
      flatten(v as Record<string, unknown>, `${prefix}${k}.`, out);
    else out[`${prefix}${k}`] = v;
  }
  return out;
}

/** A timestamp: Unix seconds or milliseconds, or an ISO 8601 date or date-time (a date alone is midnight UTC). */
export function parseTimestamp(value: unknown): Date | undefined {
  if (typeof value === "number" || (typeof value === "string" && /^\d+(\.\d+)?$/.test(value.trim()))) {
    const n = Number(value);
    const ms = n < 1e11 ? n * 1000 : n;
    const d = new Date(ms);
    return Number.isFinite(d.getTime()) && n > 0 ? d : undefined;
  }
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(text)) return undefined;
  const iso =
    text.length === 10
      ? `${text}T00:00:00Z`
      : /(Z|[+-]\d{2}:?\d{2})$/.test(text)
        ? text.replace(" ", "T")
        : `${text.replace(" ", "T")}Z`;
  const d = new Date(iso);
  return Number.isFinite(d.getTime()) ? d : undefined;
}

/** A token count: a whole number ≥ 0 (blank or null counts as 0 for optional columns). */
function readCount(value: unknown): number | undefined | "blank" {
  if (value === null || value === undefined || value === "") return "blank";
  const n =
    typeof value === "number" ? value : typeof value === "string" && /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  return Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

export type UsageParser = {
  /** Feeds one line (without its line break). */
  push(line: string): void;
  /** Ends the file: the rows, the issues (each naming its line and column), and the format used. */
  finish(): { rows: UsageRow[]; issues: ParseIssue[]; format?: UsageFormat; columns: string[] };
};

export function createUsageParser(options: ParseOptions = {}): UsageParser {
  const rows: UsageRow[] = [];
  const issues: ParseIssue[] = [];
  let lineNo = 0;
  let kind: "csv" | "jsonl" | undefined;
  let header: string[] = [];
  let format: UsageFormat | undefined;
  let columns: string[] = [];
  let stopped = false;

  const issue = (i: ParseIssue) => {
    if (issues.length < MAX_ISSUES) issues.push(i);
  };

  const mapped = (mapping: Mapping): UsageFormat => ({
    id: "mapped",
    label: "Columns mapped by hand",
    mapping,
    inputIncludesCache: options.inputIncludesCache ?? true,
  });

  /** Chooses the format from the first record's columns; false (with an issue) when no format fits. */
  function choose(keys: string[]): boolean {
    columns = keys;
    const given = options.mapping && Object.values(options.mapping).some(Boolean) ? options.mapping : undefined;
    format = given ? mapped(given) : detectFormat(keys);
    if (!format) {
      issue({
        line: lineNo,
        message: `columns not recognised (${keys.join(", ")}): map timestamp, model, input and output to your column names`,
      });
      stopped = true;
      return false;
    }
    const missing = REQUIRED.filter((f) => !format!.mapping[f] || !keys.includes(format!.mapping[f]));
    const absent = (Object.entries(format.mapping) as [UsageField, string][]).filter(
      ([f, col]) => col && !REQUIRED.includes(f) && !keys.includes(col) && format!.id === "mapped",
    );
    if (missing.length > 0 || absent.length > 0) {
      const names = [
        ...missing.map((f) => `${f} (${format!.mapping[f] ?? "not mapped"})`),
        ...absent.map(([f, col]) => `${f} (${col})`),
      ];
      issue({ line: lineNo, message: `no column for ${names.join(", ")}` });
      stopped = true;
      return false;
    }
    return true;
  }

  /** One record (CSV fields by column name, or a flattened JSON object) → a row or issues. */
  function record(
    get: (column: string) => unknown,
    columnOf: (column: string) => number | undefined,
    context: Record<string, unknown> = {},
  ) {
    const f = format!;
    const value = (field: UsageField) => {
      const col = f.mapping[field];
      if (!col) return undefined;
      const v = get(col);
      return v === undefined ? context[col] : v;
    };
    const problems: ParseIssue[] = [];
    const bad = (field: UsageField, message: string) =>
      problems.push({ line: lineNo, column: columnOf(f.mapping[field]!), field: f.mapping[field], message });
    const timestamp = parseTimestamp(value("timestamp"));
    if (!timestamp) bad("timestamp", `not a date or time: ${JSON.stringify(value("timestamp") ?? "")}`);
    const modelValue = value("model");
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a CSV cell or a JSON scalar; an object here is a bad row either way
    const model = modelValue === null || modelValue === undefined ? "" : String(modelValue).trim();
    const counts = {} as Record<
      "input" | "cached" | "write5m" | "write1h" | "output" | "reasoning" | "requests",
      number
    >;
    for (const field of ["input", "cached", "write5m", "write1h", "output", "reasoning", "requests"] as const) {
      const raw = value(field);
      const n = readCount(raw);
      if (n === undefined) bad(field, `not a whole number of tokens ≥ 0: ${JSON.stringify(raw)}`);
      else if (n === "blank" && (field === "input" || field === "output") && raw === undefined) bad(field, "missing");
      counts[field] = n === undefined || n === "blank" ? (field === "requests" ? 1 : 0) : n;
    }
    if (problems.length === 0) {
      const input = f.inputIncludesCache
        ? counts.input
        : counts.input + counts.cached + counts.write5m + counts.write1h;
      if (counts.cached + counts.write5m + counts.write1h > input) {
        problems.push({
          line: lineNo,
          column: columnOf(f.mapping.cached ?? ""),
          field: f.mapping.cached,
          message: "cached and cache-write tokens exceed the input tokens",
        });
      } else if (counts.reasoning > counts.output) {
        problems.push({
          line: lineNo,
          column: columnOf(f.mapping.reasoning ?? ""),
          field: f.mapping.reasoning,
          message: "reasoning tokens exceed the output tokens",
        });
      } else {
        const providerValue = value("provider");
        const provider = typeof providerValue === "string" && providerValue.trim() ? providerValue.trim() : f.provider;
        rows.push({
          line: lineNo,
          timestamp: timestamp!,
          model,
          ...(provider ? { provider } : {}),
          input,
          cached: counts.cached,
          write5m: counts.write5m,
          write1h: counts.write1h,
          output: counts.output,
          reasoning: counts.reasoning,
          requests: counts.requests,
        });
      }
    }
    for (const p of problems) issue(p);
  }

  function jsonLine(line: string) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (error) {
      const position = /position (\d+)/.exec((error as Error).message);
      issue({ line: lineNo, ...(position ? { column: Number(position[1]) + 1 } : {}), message: "not valid JSON" });
      return;
    }
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
      issue({ line: lineNo, column: 1, message: "each line must be a JSON object" });
      return;
    }
    // A page { data: [buckets] }, a bucket { start_time | starting_at, results: [...] }, or one flat record.
    const object = parsed as Record<string, unknown>;
    const buckets = Array.isArray(object.data) ? (object.data as unknown[]) : [object];
    const columnOf = (key: string) => {
      const at = line.indexOf(`"${key.split(".").at(-1)}"`);
      return at === -1 ? undefined : at + 1;
    };
    for (const bucket of buckets) {
      if (bucket === null || typeof bucket !== "object") continue;
      const b = bucket as Record<string, unknown>;
      const results = Array.isArray(b.results) ? (b.results as unknown[]) : undefined;
      const context = results ? flatten(Object.fromEntries(Object.entries(b).filter(([k]) => k !== "results"))) : {};
      for (const result of results ?? [b]) {
        if (result === null || typeof result !== "object") continue;
        const flat = flatten(result as Record<string, unknown>);
        if (!format && !choose([...new Set([...Object.keys(context), ...Object.keys(flat)])])) return;
        record((col) => flat[col], columnOf, context);
      }
    }
  }

  function csvLine(line: string) {
    const split = splitCsvLine(line);
    if ("error" in split) {
      issue({ line: lineNo, column: split.column, message: split.error });
      return;
    }
    if (header.length === 0) {
      header = split.fields;
      choose(header);
      return;
    }
    if (split.fields.length !== header.length) {
      issue({
        line: lineNo,
        column: Math.min(split.fields.length, header.length) + 1,
        message: `${split.fields.length} fields where the header has ${header.length}`,
      });
      return;
    }
    const index = new Map(header.map((h, i) => [h, i]));
    record(
      (col) => {
        const i = index.get(col);
        return i === undefined ? undefined : split.fields[i];
      },
      (col) => (index.has(col) ? index.get(col)! + 1 : undefined),
    );
  }

  return {
    push(raw: string) {
      lineNo++;
      if (stopped) return;
      const line = lineNo === 1 ? raw.replace(/^\uFEFF/, "") : raw;
      if (line.trim() === "") return;
      kind ??= line.trimStart().startsWith("{") ? "jsonl" : "csv";
      if (kind === "jsonl") jsonLine(line.trim());
      else csvLine(line.replace(/\r$/, ""));
    },
    finish() {
      if (!format && !stopped) issue({ line: Math.max(lineNo, 1), message: "the file has no usage rows" });
      return { rows, issues, format, columns };
    },
  };
}

/** Parses a whole text (tests, and the paste box): lines split on \n or \r\n. */
export function parseUsageText(text: string, options: ParseOptions = {}) {
  const parser = createUsageParser(options);
  for (const line of text.split("\n")) parser.push(line);
  return parser.finish();
}
