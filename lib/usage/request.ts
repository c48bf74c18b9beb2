// POST /api/v1/usage: the request's options, validated, and its export as a stream. The body is the export
// itself (CSV or JSON Lines, options in the query string) or a multipart form (file or pasted text, options
// as fields). Nothing is stored: the stream is parsed and priced within the request.
import { z } from "zod";
import { findModel } from "@/lib/prices/catalog";
import { readBytesCapped } from "@/lib/server/http";
import { USAGE_FIELDS, type Mapping, type ParseOptions } from "./parse";
import { MAX_USAGE_BYTES } from "./read";

/** Room for a multipart form's boundaries and small fields around a file of MAX_USAGE_BYTES. */
const FORM_SLACK_BYTES = 64 * 1024;

const optionsSchema = z
  .strictObject({
    compare: z
      .string()
      .trim()
      .optional()
      .refine((id) => !id || findModel(id) !== undefined, {
        message: "unknown model: use <provider>/<model-id> from the price database",
      }),
    format: z.enum(["json", "csv"]).default("json"),
    input: z.enum(["total", "uncached"]).optional(),
    ...Object.fromEntries(USAGE_FIELDS.map((f) => [`map.${f}`, z.string().trim().max(200).optional()])),
  })
  .transform((o) => {
    const entries = Object.entries(o) as [string, string | undefined][];
    const mapping: Mapping = Object.fromEntries(
      entries.filter(([k, v]) => k.startsWith("map.") && v).map(([k, v]) => [k.slice(4), v]),
    );
    const parse: ParseOptions = { mapping, ...(o.input ? { inputIncludesCache: o.input === "total" } : {}) };
    return { compare: o.compare || undefined, format: o.format, parse };
  });

export type UsageOptions = z.output<typeof optionsSchema>;
export type Issue = { param: string; message: string; line?: number; column?: number };

export type UsageRequest =
  | { ok: true; options: UsageOptions; stream: ReadableStream<Uint8Array> | null }
  | { ok: false; status: 400 | 413; issues: Issue[] };

const tooLarge = (): UsageRequest => ({
  ok: false,
  status: 413,
  issues: [
    {
      param: "(file)",
      message: `The export is larger than ${MAX_USAGE_BYTES / 1024 / 1024} MB (${MAX_USAGE_BYTES} bytes): split it by month and price each part.`,
    },
  ],
});

export async function usageRequest(request: Request): Promise<UsageRequest> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  const type = request.headers.get("content-type") ?? "";
  const raw: Record<string, string> = Object.fromEntries(new URL(request.url).searchParams);
  let stream: ReadableStream<Uint8Array> | null = null;
  if (type.startsWith("multipart/form-data")) {
    if (declared > MAX_USAGE_BYTES + FORM_SLACK_BYTES) return tooLarge();
    const body = await readBytesCapped(request.body, MAX_USAGE_BYTES + FORM_SLACK_BYTES);
    if (!body) return tooLarge();
    let form: FormData;
    try {
      form = await new Response(body, { headers: { "content-type": type } }).formData();
    } catch {
      return { ok: false, status: 400, issues: [{ param: "(body)", message: "not a readable multipart form" }] };
    }
    for (const [name, value] of form.entries())
      if (typeof value === "string" && name !== "text" && value !== "") raw[name] = value;
    const file = form.get("file");
    const text = form.get("text");
    if (file instanceof Blob && file.size > 0) {
      if (file.size > MAX_USAGE_BYTES) return tooLarge();
      stream = file.stream();
    } else if (typeof text === "string" && text.trim() !== "") {
      const blob = new Blob([text]);
      if (blob.size > MAX_USAGE_BYTES) return tooLarge();
      stream = blob.stream();
    }
  } else {
    if (declared > MAX_USAGE_BYTES) return tooLarge();
    stream = request.body;
  }
  const parsed = optionsSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.flatMap((i) =>
      i.code === "unrecognized_keys"
        ? i.keys.map((k) => ({ param: k, message: "unknown parameter" }))
        : [{ param: String(i.path[0] ?? "(input)"), message: i.message }],
    );
    return { ok: false, status: 400, issues };
  }
  if (!stream)
    return { ok: false, status: 400, issues: [{ param: "file", message: "upload a file or paste the export" }] };
  return { ok: true, options: parsed.data, stream };
}
