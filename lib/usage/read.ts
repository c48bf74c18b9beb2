// Streams a usage export into the parser line by line, refusing it once it passes the size cap: the file is
// never held whole, never written anywhere, and the parsed rows live only for the request.
import { createUsageParser, type ParseOptions } from "./parse";

/** The largest export /usage accepts. */
export const MAX_USAGE_BYTES = 5 * 1024 * 1024;

export type ReadResult =
  | { tooLarge: true }
  | ({ tooLarge: false; bytes: number } & ReturnType<ReturnType<typeof createUsageParser>["finish"]>);

export async function readUsageStream(
  stream: ReadableStream<Uint8Array> | null,
  options: ParseOptions = {},
  maxBytes = MAX_USAGE_BYTES,
): Promise<ReadResult> {
  const parser = createUsageParser(options);
  if (!stream) return { tooLarge: false, bytes: 0, ...parser.finish() };
  const reader = stream.getReader();
  const decoder = new TextDecoder("utf-8");
  let bytes = 0;
  let pending = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel();
      return { tooLarge: true };
    }
    pending += decoder.decode(value, { stream: true });
    let start = 0;
    for (let newline = pending.indexOf("\n"); newline !== -1; newline = pending.indexOf("\n", start)) {
      parser.push(pending.slice(start, newline));
      start = newline + 1;
    }
    pending = pending.slice(start);
  }
  pending += decoder.decode();
  if (pending) parser.push(pending);
  return { tooLarge: false, bytes, ...parser.finish() };
}
