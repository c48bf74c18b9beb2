// A real SMTP server on 127.0.0.1 for tests: accepts every message and parses it with mailparser.
// Optionally writes each message as an .eml file (the end-to-end tests read them from another process).
import fs from "node:fs";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type SinkMessage = {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Raw header values by lower-case name, unfolded (mailparser's parsed headers restructure List-*). */
  header: (name: string) => string | undefined;
  raw: Buffer;
};

/** Parses one raw message; `to` is the envelope recipient when known, else the To header. */
export async function parseMail(raw: Buffer, envelopeTo?: string): Promise<SinkMessage> {
  const parsed: ParsedMail = await simpleParser(raw);
  const headerTo = Array.isArray(parsed.to) ? parsed.to.map((a) => a.text).join(", ") : (parsed.to?.text ?? "");
  const header = (name: string) => {
    const line = parsed.headerLines.find((h) => h.key === name.toLowerCase())?.line;
    return line
      ?.slice(line.indexOf(":") + 1)
      .replace(/\r?\n[ \t]+/g, " ")
      .trim();
  };
  const html = typeof parsed.html === "string" ? parsed.html : "";
  return { to: envelopeTo ?? headerTo, subject: parsed.subject ?? "", text: parsed.text ?? "", html, header, raw };
}

export async function startSmtpSink({
  port = 0,
  dir,
  delayMs = 0,
}: { port?: number; dir?: string; delayMs?: number } = {}) {
  const messages: SinkMessage[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      // eslint-disable-next-line @typescript-eslint/no-misused-promises -- a test sink: a parse failure fails the test that waits for the mail
      stream.on("end", async () => {
        const raw = Buffer.concat(chunks);
        messages.push(await parseMail(raw, session.envelope.rcptTo.map((r) => r.address).join(", ")));
        if (dir) {
          fs.mkdirSync(dir, { recursive: true });
          fs.writeFileSync(path.join(dir, `${Date.now()}-${messages.length}.eml`), raw);
        }
        setTimeout(() => callback(), delayMs);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return {
    url: `smtp://127.0.0.1:${actualPort}`,
    port: actualPort,
    messages,
    /** Waits until a message matching `match` arrives (or fails after timeoutMs). */
    async waitFor(match: (m: SinkMessage) => boolean, timeoutMs = 5000) {
      const end = Date.now() + timeoutMs;
      for (;;) {
        const found = messages.find(match);
        if (found) return found;
        if (Date.now() > end) throw new Error("no matching mail arrived");
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export function linkIn(text: string, pathPrefix: string): string {
  const match = new RegExp(`https?://[^\\s"<>]*${pathPrefix.replace(/[/?]/g, "\\$&")}[^\\s"<>]*`).exec(text);
  if (!match) throw new Error(`no link to ${pathPrefix} in the mail`);
  return match[0];
}
