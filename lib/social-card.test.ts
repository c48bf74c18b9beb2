import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { socialCard } from "./social-card";

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe("socialCard with the network unreachable", () => {
  const requests: string[] = [];
  beforeEach(() => {
    requests.length = 0;
    // next/og fetches fonts and emoji images for glyphs its fonts lack: any such call fails the test.
    // It also reads its WebAssembly from data: URLs, which never leave the process.
    const realFetch = globalThis.fetch;
    vi.stubGlobal("fetch", (input: string | URL | Request, init?: RequestInit) => {
      const url = new URL(input instanceof Request ? input.url : input);
      if (url.protocol === "data:") return realFetch(input, init);
      requests.push(url.href);
      return Promise.reject(new TypeError("network unreachable in this test"));
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it.each([
    ["Greek", "Κόστος συμπερασμού"],
    ["CJK", "推理成本"],
    ["an emoji", "🚀 plan"],
    ["Korean", "추론 비용"],
    ["emoji sequences", "👩‍💻 ❤️ 🇬🇷 👍🏽 1️⃣"],
    ["scripts no bundled font covers", "𓀀 ᚠ ꦲ"],
  ])("draws a scenario named in %s from bundled fonts alone", async (_, name) => {
    const response = await socialCard({
      badge: "Cost per token",
      title: "Cost per 1M tokens: $0.42",
      body: name,
      footer: "Shared scenario",
    });
    const png = new Uint8Array(await response.arrayBuffer());
    expect(requests).toEqual([]);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect([...png.subarray(0, 8)]).toEqual(pngSignature);
  });
});
