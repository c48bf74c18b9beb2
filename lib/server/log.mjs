// Structured logs: one JSON object per line on stdout (info) or stderr (warnings, errors). Used by the
// production server (scripts/server.mjs) for its request lines and by the app's own code through log();
// console.* from libraries and Next.js is routed here too (installConsole). Email addresses and
// secret-looking tokens never reach a log line.

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// Long runs of hex or base64url characters: session and sign-in tokens, share tokens, signed values.
const TOKEN = /(?<![\w-])[A-Za-z0-9_-]{32,}(?![\w-])/g;

/** The text with email addresses and token-like strings replaced. @param {unknown} text @returns {string} */
export function redact(text) {
  return String(text).replace(EMAIL, "[email]").replace(TOKEN, "[token]");
}

/**
 * The path of a request as it may be logged: no query string (confirmation, sign-in and unsubscribe
 * links carry their tokens there) and no share token (the path segment after /s/).
 * @param {string | null | undefined} url
 * @returns {string}
 */
export function loggablePath(url) {
  const pathname = String(url ?? "/").split(/[?#]/, 1)[0] || "/";
  return redact(pathname.replace(/^\/s\/[^/]+/, "/s/[token]"));
}

/** @param {unknown} value @returns {unknown} */
function redactValue(value) {
  if (typeof value === "string") return redact(value);
  if (Array.isArray(value)) return value.map(redactValue);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactValue(v)]));
  return value;
}

/** @typedef {"debug" | "info" | "warn" | "error"} Level */

/** One log line as written: time and level first, every string value redacted. @param {Level} level @param {Record<string, unknown>} fields */
export function formatLine(level, fields) {
  return JSON.stringify({
    time: new Date().toISOString(),
    level,
    .../** @type {Record<string, unknown>} */ (redactValue(fields)),
  });
}

/** Writes one line; errors and warnings go to stderr. @param {Level} level @param {Record<string, unknown>} fields */
export function log(level, fields) {
  const stream = level === "error" || level === "warn" ? process.stderr : process.stdout;
  stream.write(formatLine(level, fields) + "\n");
}

/**
 * The fields of one console call: a JSON object logged as a string keeps its fields; anything else is a message.
 * @param {unknown[]} args
 * @returns {Record<string, unknown>}
 */
export function consoleFields(args) {
  if (args.length === 1 && typeof args[0] === "string" && args[0].startsWith("{")) {
    try {
      const parsed = /** @type {unknown} */ (JSON.parse(args[0]));
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed))
        return /** @type {Record<string, unknown>} */ (parsed);
    } catch {
      // not JSON: logged as a message below
    }
  }
  const message = args
    .map((a) =>
      a instanceof Error ? (a.stack ?? `${a.name}: ${a.message}`) : typeof a === "string" ? a : safeStringify(a),
    )
    .join(" ")
    .replace(/\x1b\[[0-9;]*m/g, ""); // terminal colours
  return { message };
}

/** @param {unknown} value @returns {string} */
function safeStringify(value) {
  try {
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- not an object here: a primitive or a function, whose String() is meaningful
    return typeof value === "object" ? JSON.stringify(value) : String(value);
  } catch {
    return String(value);
  }
}

/** Routes console.log/info/warn/error/debug through log(), so every line the process prints is JSON. */
export function installConsole() {
  /** @type {Record<"debug" | "log" | "info" | "warn" | "error", Level>} */
  const levels = { debug: "debug", log: "info", info: "info", warn: "warn", error: "error" };
  for (const [method, level] of /** @type {[keyof typeof levels, Level][]} */ (Object.entries(levels))) {
    console[method] = (...args) => log(level, consoleFields(args));
  }
}
