import { expect, test } from "@playwright/test";

// Crawls the built site from its home page and sitemap, following every internal link of every page,
// and fails listing each link that does not end in a 200 (with the page it was found on). Pages whose
// URL has a query string are checked but not crawled further: their links are the page's own links
// again with other filters, and /models alone has thousands of such combinations.
test("no internal link of any page is broken", async ({ request }) => {
  test.setTimeout(15 * 60_000);
  const sitemap = await (await request.get("/sitemap.xml")).text();
  const seeds = ["/", ...[...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)];
  expect(seeds.length).toBeGreaterThan(100);

  const foundOn = new Map<string, string>(seeds.map((s) => [s, "sitemap.xml"]));
  const queue = [...foundOn.keys()];
  const broken: string[] = [];
  let checked = 0;

  const visit = async (url: string) => {
    const response = await request.get(url, { maxRedirects: 5 });
    checked++;
    if (response.status() !== 200) {
      broken.push(`${url} → ${response.status()} (linked from ${foundOn.get(url)})`);
      return;
    }
    if (url.includes("?") || !(response.headers()["content-type"] ?? "").startsWith("text/html")) return;
    const html = await response.text();
    for (const [, raw] of html.matchAll(/<a\s[^>]*?href="([^"]+)"/g)) {
      const href = raw!.replaceAll("&amp;", "&").replace(/#.*$/, "");
      if (!href.startsWith("/") || href.startsWith("//") || href.startsWith("/api/auth/")) continue;
      if (!foundOn.has(href)) {
        foundOn.set(href, url);
        queue.push(href);
      }
    }
  };

  // A few requests at a time: the server is the production build, and this is a 2-core machine.
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) await visit(url);
  };
  while (queue.length > 0) await Promise.all(Array.from({ length: 6 }, worker));

  expect(broken, `${broken.length} broken of ${checked} links checked`).toEqual([]);
  // Every model's price page and every term page was reached.
  expect(checked).toBeGreaterThan(1_800);
});
