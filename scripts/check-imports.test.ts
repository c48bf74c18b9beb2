import path from "node:path";
import { describe, expect, it } from "vitest";
import { groupOf, importSpecifiers } from "./check-imports.mjs";

const lib = path.resolve(import.meta.dirname, "../lib");

describe("check-imports", () => {
  it("reads static, re-exported, side-effect, dynamic and mocked specifiers, not commented ones", () => {
    const source = [
      'import { a } from "@/lib/content/load";',
      'import type { B } from "../calculators/format";',
      'export { c } from "./sibling.mjs";',
      'import "server-only";',
      'const d = await import("@/lib/db");',
      'vi.mock("@/lib/services", () => ({}));',
      '// import { e } from "@/lib/commented";',
      '/* import { f } from "@/lib/blocked"; */',
      'const url = "https://example.com/x"; // from "@/lib/trailing"',
    ].join("\n");
    expect(importSpecifiers(source)).toEqual([
      "@/lib/content/load",
      "../calculators/format",
      "./sibling.mjs",
      "server-only",
      "@/lib/db",
      "@/lib/services",
    ]);
  });

  it("groups a file by its top-level lib folder, a loose file and its test by their own name", () => {
    expect(groupOf(path.join(lib, "content", "deep", "x.ts"))).toBe("lib/content");
    expect(groupOf(path.join(lib, "db.ts"))).toBe("lib/db");
    expect(groupOf(path.join(lib, "db.test.ts"))).toBe("lib/db");
    expect(groupOf(path.join(lib, "env.mjs"))).toBe("lib/env");
    expect(groupOf(path.join(lib, "search-index.ts"))).toBe("lib/search-index");
  });
});
