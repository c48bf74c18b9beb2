import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");

describe("the PostgreSQL variant", () => {
  it("is generated from the current SQLite schema and migrations", () => {
    // Exits 1 naming what is stale; execFileSync throws with that output.
    const run = () => execFileSync("node", ["scripts/generate-postgres.mjs", "--check"], { cwd: root, stdio: "pipe" });
    expect(run).not.toThrow();
  });
});
