import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseContentFile } from "./frontmatter";

const schema = z.strictObject({ title: z.string() });

describe("parseContentFile", () => {
  it("returns slug, validated frontmatter and body", () => {
    expect(parseContentFile("content/x/kv-cache.mdx", "---\ntitle: KV cache\n---\nBody\n", schema)).toEqual({
      slug: "kv-cache",
      body: "Body\n",
      data: { title: "KV cache" },
      problems: [],
    });
  });

  it("names the file and the field for each kind of problem", () => {
    expect(parseContentFile("content/x/Bad_Name.mdx", "---\ntitle: a\n---\n", schema).problems).toEqual([
      "content/x/Bad_Name.mdx: file name: must be a lower-case slug such as kv-cache.mdx",
    ]);
    expect(parseContentFile("content/x/a.mdx", "no block", schema).problems).toEqual([
      "content/x/a.mdx: frontmatter: missing (the file must start with a --- block)",
    ]);
    expect(parseContentFile("content/x/a.mdx", "---\ntitle: [\n---\n", schema).problems[0]).toMatch(
      /^content\/x\/a\.mdx: frontmatter: not valid YAML \(/,
    );
    const wrong = parseContentFile("content/x/a.mdx", "---\ntitle: 3\nextra: 1\n---\nText", schema);
    expect(wrong.data).toBeUndefined();
    expect(wrong.body).toBe("Text"); // still there, so a term's sections are checked in the same run
    expect(wrong.problems).toHaveLength(2);
    expect(wrong.problems[0]).toMatch(/^content\/x\/a\.mdx: title: /);
    expect(wrong.problems[1]).toMatch(/^content\/x\/a\.mdx: frontmatter: /);
  });
});
