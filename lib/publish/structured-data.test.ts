import { describe, expect, it } from "vitest";
import { definedTermJsonLd, serializeJsonLd } from "./structured-data";

const term = {
  slug: "kv-cache",
  title: "KV cache",
  summary: "The keys and values a transformer keeps for every token in context.",
  aliases: ["key-value cache"],
  updated: "2026-11-27",
};

describe("definedTermJsonLd", () => {
  it("names the term and places it in the glossary's term set", () => {
    expect(definedTermJsonLd(term, "https://ie.example")).toEqual({
      "@context": "https://schema.org",
      "@type": "DefinedTerm",
      "@id": "https://ie.example/glossary/kv-cache",
      name: "KV cache",
      description: term.summary,
      alternateName: ["key-value cache"],
      url: "https://ie.example/glossary/kv-cache",
      termCode: "kv-cache",
      inDefinedTermSet: {
        "@type": "DefinedTermSet",
        "@id": "https://ie.example/glossary",
        name: "Inference Economics glossary",
        url: "https://ie.example/glossary",
      },
      dateModified: "2026-11-27",
    });
  });

  it("leaves out alternateName when the term has no aliases", () => {
    expect(definedTermJsonLd({ ...term, aliases: [] }, "https://ie.example")).not.toHaveProperty("alternateName");
  });
});

describe("serializeJsonLd", () => {
  const hostile = { ...term, title: `</script><script>alert("x")</script>`, summary: "<!-- a & b > c \u2028" };
  const json = serializeJsonLd(definedTermJsonLd(hostile, "https://ie.example"));

  it("cannot close the script element or open a comment", () => {
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain("\\u003c/script\\u003e");
  });

  it("parses back to the same object", () => {
    expect(JSON.parse(json)).toEqual(definedTermJsonLd(hostile, "https://ie.example"));
  });
});
