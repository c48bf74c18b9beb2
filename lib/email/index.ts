// The one way mail leaves the site: SMTP when SMTP_URL is set, otherwise .eml files in the data
// folder's outbox, so `npm start` works with no mail server.
import "server-only";
import fs from "node:fs";
import path from "node:path";
import nodemailer from "nodemailer";

export type Mail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
};

export type Mailer = {
  /** Sends one message; resolves to its Message-ID, rejects when the server refuses it. */
  send(mail: Mail): Promise<string>;
  /** True when mail goes to the outbox folder rather than a server. */
  outbox: boolean;
  close(): void;
};

export function createMailer({
  smtpUrl,
  outboxDir,
  from,
}: {
  smtpUrl?: string;
  outboxDir: string;
  from: string;
}): Mailer {
  const transport = smtpUrl
    ? nodemailer.createTransport(smtpUrl)
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    outbox: !smtpUrl,
    async send(mail) {
      const info = await transport.sendMail({ from, ...mail });
      if (!smtpUrl) {
        fs.mkdirSync(outboxDir, { recursive: true });
        const stamp = new Date().toISOString().replace(/[:.]/g, "-");
        const id = String(info.messageId)
          .replace(/[^a-z0-9]/gi, "")
          .slice(0, 24);
        fs.writeFileSync(path.join(outboxDir, `${stamp}-${id}.eml`), (info as unknown as { message: Buffer }).message);
      }
      return String(info.messageId);
    },
    close: () => transport.close(),
  };
}
