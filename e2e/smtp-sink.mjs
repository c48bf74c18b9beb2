// The end-to-end tests' SMTP server: accepts every message on 127.0.0.1:2525 and writes it as an .eml
// file into data/e2e/mail, where the tests read it.
import fs from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";

const dir = path.resolve("data/e2e/mail");
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });
let n = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, _session, callback) {
    const chunks = [];
    stream.on("data", (c) => chunks.push(c));
    stream.on("end", () => {
      fs.writeFileSync(path.join(dir, `${Date.now()}-${++n}.eml`), Buffer.concat(chunks));
      callback();
    });
  },
});
server.listen(2525, "127.0.0.1", () => console.log("smtp sink on 127.0.0.1:2525"));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));
