import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildInputs, sourceFingerprint } from "./fingerprint.mjs";

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

/** A small repository: a page, the proxy, a start script, a test, docs; committed when git is true. */
function repository(git: boolean) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "fingerprint-"));
  roots.push(root);
  const files: Record<string, string> = {
    "app/page.tsx": "export default function Page() {}",
    "proxy.ts": "export function proxy() {}",
    "scripts/server.mjs": "export {}",
    "lib/server/csp.test.ts": "test",
    "docs/deploying.md": "# Deploying",
    "README.md": "# Readme",
    ".gitignore": "node_modules/\n.next/\n/data/\n",
  };
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  if (git) {
    const run = (...args: string[]) => execFileSync("git", args, { cwd: root, stdio: "ignore" });
    run("init", "-q");
    run("add", ".");
    run("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "init");
  }
  return root;
}

const write = (root: string, file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
};

describe.each([
  ["a git work tree", true],
  ["a folder without git", false],
])("sourceFingerprint in %s", (_, git) => {
  it("covers the proxy and scripts, and leaves tests and docs out", () => {
    const root = repository(git);
    expect(buildInputs(root)).toEqual([".gitignore", "app/page.tsx", "proxy.ts", "scripts/server.mjs"]);
  });

  it("changes with a new root file or an edited proxy, not with a new test, doc or ignored file", () => {
    const root = repository(git);
    const before = sourceFingerprint(root, "http://localhost:3000");
    write(root, "lib/server/csp.test.ts", "changed");
    write(root, "lib/server/http.test.ts", "new test");
    write(root, "docs/new.md", "new doc");
    write(root, "README.md", "changed");
    write(root, "e2e/new.spec.ts", "new spec");
    write(root, "data/app.db", "data");
    write(root, ".next/BUILD_ID", "x");
    write(root, "node_modules/x/index.js", "x");
    expect(sourceFingerprint(root, "http://localhost:3000")).toBe(before);

    write(root, "instrumentation.ts", "export function register() {}");
    const withRootFile = sourceFingerprint(root, "http://localhost:3000");
    expect(withRootFile).not.toBe(before);
    write(root, "proxy.ts", "export function proxy() { return 1; }");
    expect(sourceFingerprint(root, "http://localhost:3000")).not.toBe(withRootFile);
  });
});
