import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, gotoHydrated } from "./fixtures";

const termSlugs = fs.readdirSync(path.resolve("content/terms")).map((n) => n.replace(/\.mdx$/, ""));

test("Ctrl+K search finds time to first token by typing ttft, and Enter opens it @mobile", async ({ page }) => {
  await gotoHydrated(page, "/glossary/inference");
  await page.keyboard.press("ControlOrMeta+K");
  const dialog = page.getByRole("dialog", { name: "Search the site" });
  await expect(dialog).toBeVisible();
  const box = dialog.getByRole("combobox", { name: "Search terms, calculators and model prices" });
  await expect(box).toBeFocused();
  await box.fill("ttft");
  const first = dialog.getByRole("option").first();
  await expect(first).toContainText("TTFT (time to first token)");
  await expect(first).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/glossary\/ttft$/);
});

test("Ctrl+K search finds a model's price page by a short name, and a calculator by what it sizes", async ({
  page,
}) => {
  await gotoHydrated(page, "/glossary/inference");
  await page.keyboard.press("ControlOrMeta+K");
  const dialog = page.getByRole("dialog", { name: "Search the site" });
  const box = dialog.getByRole("combobox", { name: "Search terms, calculators and model prices" });
  await box.fill("memory");
  await expect(dialog.getByRole("option").filter({ hasText: "Calculator" }).first()).toBeVisible();
  await box.fill("llama 70b");
  const first = dialog.getByRole("option").first();
  await expect(first).toContainText(/Llama.*70B/i);
  await expect(first).toContainText("Model prices");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/models\/[^/]+\/.+/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/Llama.*70B/i);
});

test("the glossary's search box tolerates typos and is keyboard-operable", async ({ page }) => {
  await gotoHydrated(page, "/glossary");
  const box = page.getByRole("combobox", { name: "Search terms" });
  await box.fill("quantisation");
  await expect(page.getByRole("option").first()).toContainText("Quantization");
  await box.fill("kv cache");
  await expect(page.getByRole("option").first()).toContainText("KV cache");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("option").nth(1)).toHaveAttribute("aria-selected", "true");
});

test("while the glossary's box filters, its matches replace the A–Z list, and no match says how to get it back", async ({
  page,
}) => {
  await gotoHydrated(page, "/glossary");
  const box = page.getByRole("combobox", { name: "Search terms" });
  const az = page.locator("[data-testid=term-list]").first();
  await expect(az).toBeVisible();
  await box.fill("kv cache");
  await expect(page.getByRole("option").first()).toContainText("KV cache");
  await expect(az).toBeHidden();
  await box.fill("zzzzqqq");
  await expect(page.getByText(/No terms found for “zzzzqqq”.*clear the box/)).toBeVisible();
  await expect(az).toBeHidden();
  await box.fill("");
  await expect(az).toBeVisible();
});

test("a term link shows its summary on keyboard focus, Escape hides it, and previews can be switched off", async ({
  page,
}) => {
  await gotoHydrated(page, "/glossary/inference-cost");
  const related = page.getByRole("region", { name: "Related terms" });
  const link = related.getByRole("link").first();
  // Reach the link with the keyboard: focus the heading before it, then Tab.
  await related.getByRole("heading", { name: "Related terms" }).evaluate((h) => {
    h.setAttribute("tabindex", "-1");
    (h as HTMLElement).focus();
  });
  await page.keyboard.press("Tab");
  await expect(link).toBeFocused();
  const tooltip = page.getByRole("tooltip");
  await expect(tooltip).toBeVisible();
  await expect(link).toHaveAttribute("aria-describedby", "term-preview");
  const box = await link.boundingBox();
  await page.keyboard.press("Escape");
  await expect(tooltip).toBeHidden();
  expect(await link.boundingBox()).toEqual(box); // no layout shift

  await page.getByLabel("Show term previews on hover and focus").uncheck();
  await link.hover();
  await page.waitForTimeout(400);
  await expect(page.getByRole("tooltip")).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel("Show term previews on hover and focus")).not.toBeChecked();
});

test("the dark-mode toggle persists across pages and reloads", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await gotoHydrated(page, "/");
  const toggle = page.getByRole("button", { name: "Dark mode" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.goto("/glossary");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.getByRole("button", { name: "Dark mode" })).toHaveAttribute("aria-pressed", "true");
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(18, 20, 23)");
});

test("the home page has a term of the week", async ({ page }) => {
  await page.goto("/");
  const weekly = page.getByRole("region", { name: "Term of the week" });
  await expect(weekly.getByRole("link")).toHaveCount(1);
});

for (const colorScheme of ["light", "dark"] as const) {
  for (const [name, url] of [
    ["home", "/"],
    ["glossary with search", "/glossary"],
    ["term page", "/glossary/kv-cache"],
    ["category page", "/glossary/category/serving"],
    ["calculator page", "/calculators/decode-throughput"],
    ["newsletter page", "/newsletter"],
  ] as const) {
    test(`${name} has no axe violations in ${colorScheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(url);
      await expectNoAxeViolations(page);
    });
  }
  test(`the open search dialog and a preview have no axe violations in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await gotoHydrated(page, "/glossary/decode");
    await page.keyboard.press("ControlOrMeta+K");
    await page.getByRole("combobox", { name: "Search terms, calculators and model prices" }).fill("prefill");
    await expect(page.getByRole("option").first()).toBeVisible();
    await expectNoAxeViolations(page);
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog", { name: "Search the site" })).toBeHidden();
    await page.getByRole("region", { name: "Related terms" }).getByRole("link").first().focus();
    await expect(page.getByRole("tooltip")).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test("a term page carries JSON-LD that parses and names the term", async ({ page }) => {
  await page.goto("/glossary/kv-cache");
  const json = await page.locator('script[type="application/ld+json"]').textContent();
  const data = JSON.parse(json!);
  expect(data["@type"]).toBe("DefinedTerm");
  expect(data.name).toBe("KV cache");
  expect(data.inDefinedTermSet["@type"]).toBe("DefinedTermSet");
  expect(data.url).toBe("http://localhost:3000/glossary/kv-cache");
});

test("the feed and the sitemap list every term", async ({ request }) => {
  const feed = await (await request.get("/feed.xml")).text();
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const slug of termSlugs) {
    expect(feed, slug).toContain(`<id>http://localhost:3000/glossary/${slug}</id>`);
    expect(sitemap, slug).toContain(`<loc>http://localhost:3000/glossary/${slug}</loc>`);
  }
  expect(feed).toContain("/newsletter/2026-11-27-the-price-of-a-token");
});

test("robots.txt, llms.txt, a term in Markdown, the terms API and an Open Graph image", async ({ request }) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Sitemap: http://localhost:3000/sitemap.xml");
  expect(await (await request.get("/llms.txt")).text()).toContain("/glossary/kv-cache.md");

  const md = await request.get("/glossary/kv-cache.md");
  expect(md.status()).toBe(200);
  expect(md.headers()["content-type"]).toContain("text/markdown");
  const text = await md.text();
  expect(text).toMatch(/^# KV cache/);
  expect(text).not.toContain("<Compute");

  const list = await (await request.get("/api/v1/terms")).json();
  expect(list.count).toBe(termSlugs.length);
  const one = await (await request.get("/api/v1/terms/ttft")).json();
  expect(one).toMatchObject({ slug: "ttft", category: "serving", url: "http://localhost:3000/glossary/ttft" });
  expect(one.sources[0].accessed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect((await request.get("/api/v1/terms/no-such-term")).status()).toBe(404);

  const og = await request.get("/glossary/kv-cache/opengraph-image");
  expect(og.status()).toBe(200);
  expect(og.headers()["content-type"]).toBe("image/png");
  expect((await og.body()).length).toBeGreaterThan(5000);
});
