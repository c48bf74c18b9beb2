// The end-to-end tests' SMTP server (the same sink the unit tests use) on 127.0.0.1:2525. Each message
// is written as an .eml file into data/e2e/mail, where the tests, in other processes, read it.
import fs from "node:fs";
import path from "node:path";
import { startSmtpSink } from "../lib/testing/smtp-sink";

const dir = path.resolve("data/e2e/mail");
fs.rmSync(dir, { recursive: true, force: true });
const sink = await startSmtpSink({ port: 2525, dir });
console.log(`smtp sink on ${sink.url}, writing to ${dir}`);
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => void sink.close().then(() => process.exit(0)));
