// Scores the production server with the MDN HTTP Observatory scanner (@mdn/mdn-http-observatory 1.4.8,
// its own scan() and grader), behind a local HTTPS front with a self-signed certificate, as a load
// balancer terminating TLS would stand in front of it. The site is built with an https SITE_URL (so it
// sends HSTS and Secure cookies); the next `npm start` with the default SITE_URL rebuilds.
//
// The scanner is installed on first use into node_modules/.cache/observatory with --ignore-scripts (its postinstall
// downloads lists from the internet) and a stub HSTS preload list. One port answers both TLS and plain
// HTTP (told apart by the first byte), so the scanner's http:// probe of the same host:port is
// redirected to https:// as a front would do. Node trusts the certificate through NODE_EXTRA_CA_CERTS.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import path from "node:path";
import { startServer } from "./lib.mjs";

const root = path.resolve(import.meta.dirname, "..");
const cache = path.join(root, "node_modules", ".cache", "observatory"); // ignored by vitest, eslint and tsc
const pkg = path.join(cache, "node_modules", "@mdn", "mdn-http-observatory");
const FRONT_PORT = 8443;
const APP_PORT = 3260;
const TLS_PORT = 8444; // internal

if (!fs.existsSync(path.join(pkg, "package.json"))) {
  fs.mkdirSync(cache, { recursive: true });
  fs.writeFileSync(path.join(cache, "package.json"), '{ "private": true }\n'); // its own project, not ours
  console.error("[observatory] installing @mdn/mdn-http-observatory@1.4.8 into node_modules/.cache/observatory");
  const install = spawnSync(
    "npm",
    ["install", "--prefix", cache, "--ignore-scripts", "--no-audit", "--no-fund", "@mdn/mdn-http-observatory@1.4.8"],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  if (install.status !== 0) process.exit(install.status ?? 1);
}
const preload = path.join(pkg, "conf", "hsts-preload.json");
if (!fs.existsSync(preload)) fs.writeFileSync(preload, "{}");

const key = path.join(cache, "localhost.key");
const cert = path.join(cache, "localhost.crt");
if (!fs.existsSync(cert)) {
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-days",
      "30",
      "-keyout",
      key,
      "-out",
      cert,
      "-subj",
      "/CN=localhost",
      "-addext",
      "subjectAltName=DNS:localhost",
    ],
    { stdio: "ignore" },
  );
}

const site = `https://localhost:${FRONT_PORT}`;
const app = await startServer(APP_PORT, "data/bench-observatory", { SITE_URL: site, SHUTDOWN_DRAIN_SECONDS: "0" });

// The front: TLS terminated here, requests relayed to the app with the Host the browser used.
const relay = (req, res) => {
  const upstream = http.request(
    {
      host: "127.0.0.1",
      port: APP_PORT,
      method: req.method,
      path: req.url,
      headers: { ...req.headers, "x-forwarded-proto": "https" },
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on("error", () => res.writeHead(502).end());
  req.pipe(upstream);
};
const tls = https.createServer({ key: fs.readFileSync(key), cert: fs.readFileSync(cert) }, relay);
const plain = http.createServer((req, res) => res.writeHead(301, { Location: `${site}${req.url}` }).end());
await new Promise((r) => tls.listen(TLS_PORT, "127.0.0.1", r));
// One public port: a connection whose first byte starts a TLS handshake (0x16) is relayed to the TLS
// server; anything else is plain HTTP and gets the redirect.
const front = net.createServer((socket) => {
  socket.on("error", () => socket.destroy());
  socket.once("data", (first) => {
    if (first[0] !== 0x16) {
      socket.pause();
      socket.unshift(first);
      plain.emit("connection", socket);
      socket.resume();
      return;
    }
    const upstream = net.connect(TLS_PORT, "127.0.0.1");
    upstream.on("error", () => socket.destroy());
    upstream.write(first);
    socket.pipe(upstream).pipe(socket);
  });
});
await new Promise((r) => front.listen(FRONT_PORT, "127.0.0.1", r));

let result;
let cookies = [];
try {
  // Asynchronously: the front answers from this process's event loop while the scanner runs.
  const scanner = spawn(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      `
    const { scan } = await import(${JSON.stringify(path.join(pkg, "src", "scanner", "index.js"))});
    const r = await scan("localhost:${FRONT_PORT}");
    console.log(JSON.stringify({ scan: r.scan, tests: Object.values(r.tests).map((t) => ({ name: t.constructor.name, result: t.result, pass: t.pass, modifier: t.scoreModifier })) }));
  `,
    ],
    { env: { ...process.env, NODE_EXTRA_CA_CERTS: cert }, stdio: ["ignore", "pipe", "pipe"], timeout: 120_000 },
  );
  let out = "";
  let err = "";
  scanner.stdout.on("data", (d) => (out += d));
  scanner.stderr.on("data", (d) => (err += d));
  const code = await new Promise((r) => scanner.on("close", r));
  if (code !== 0) throw new Error(`scanner failed: ${err || out}`);
  result = JSON.parse(out.trim().split("\n").pop());
  // The scanner sees no cookie on the home page; Auth.js's CSRF cookie shows the flags cookies get over HTTPS.
  cookies = await new Promise((resolve, reject) => {
    https
      .get(`${site}/api/auth/csrf`, { ca: fs.readFileSync(cert) }, (res) => {
        res.resume();
        resolve(res.headers["set-cookie"] ?? []);
      })
      .on("error", reject);
  });
} finally {
  front.close();
  tls.close();
  app.stop();
}

const { grade, score, testsPassed, testsQuantity } = result.scan;
console.log("\nMDN HTTP Observatory (1.4.8, algorithm 4) of the home page behind a local HTTPS front\n");
console.log("| measure | value | aim |");
console.log("| --- | --- | --- |");
console.log(`| Observatory grade (score, tests passed) | ${grade} (${score}, ${testsPassed}/${testsQuantity}) | A+ |`);
const flags = (c) => ["Secure", "HttpOnly", "SameSite"].filter((f) => new RegExp(`;\\s*${f}`, "i").test(c));
const cookieSummary = cookies.map((c) => `${c.split("=", 1)[0]} (${flags(c).join(", ")})`).join("; ");
console.log(
  `| Cookies set over HTTPS (GET /api/auth/csrf) | ${cookieSummary || "none"} | Secure, HttpOnly, SameSite |`,
);
console.log("\nTests (result, score modifier):");
for (const t of result.tests)
  console.log(`- ${t.name}: ${t.result}${t.pass ? "" : " (FAIL)"}, ${t.modifier > 0 ? "+" : ""}${t.modifier}`);
if (grade !== "A+" || cookies.some((c) => flags(c).length < 3)) process.exitCode = 1;
