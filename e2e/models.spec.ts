import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { calcPrice, waitForUpdate } from "@pydantic/genai-prices";
import { parseCsv } from "../lib/testing/parse-csv";
import { expectNoAxeViolations } from "./fixtures";

const usd = (text: string | null) => Number(text!.replace(/[$,]/g, ""));

const currentTable = (page: Page) => page.getByRole("region", { name: /^Current models/ });

test("a reader filters to one provider, ranks a workload, opens the cheapest model and downloads the CSV, without JavaScript", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto("/models");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("API prices of every hosted model");

  await page.getByRole("combobox", { name: "Provider" }).selectOption("anthropic");
  await page.getByRole("button", { name: "Show models" }).click();
  await expect(page).toHaveURL(/provider=anthropic/);
  const providers = await currentTable(page).locator("tbody tr td:first-child").allTextContents();
  expect(providers.length).toBeGreaterThan(5);
  expect(new Set(providers)).toEqual(new Set(["Anthropic"]));

  await page.getByRole("textbox", { name: "Input tokens" }).fill("3000");
  await page.getByRole("textbox", { name: "of them cached" }).fill("1000");
  await page.getByRole("textbox", { name: "Output tokens" }).fill("500");
  await page.getByRole("textbox", { name: "Requests per month" }).fill("20000");
  await page.getByRole("button", { name: "Show models" }).click();
  await expect(page).toHaveURL(/requests=20000/);
  const params = Object.fromEntries(new URL(page.url()).searchParams);
  expect(params).toMatchObject({ provider: "anthropic", in: "3000", cached: "1000", out: "500", requests: "20000" });
  await expect(page.getByRole("heading", { name: "Cheapest for your workload" })).toBeVisible();

  const first = currentTable(page).locator("tbody tr").first();
  const link = first.getByRole("link");
  const modelId = decodeURIComponent((await link.getAttribute("href"))!.replace(/^\/models\/anthropic\//, ""));
  const library = calcPrice({ input_tokens: 3000, cache_read_tokens: 1000, output_tokens: 500 }, modelId, {
    providerId: "anthropic",
  });
  expect(library, `calcPrice knows ${modelId}`).toBeTruthy();
  const monthly = first.locator("td").last();
  expect(Math.abs(usd(await monthly.textContent()) - 20_000 * library!.total_price)).toBeLessThan(0.01);
  const months = await currentTable(page).locator("tbody tr td:last-child").allTextContents();
  const priced = months.filter((m) => m.startsWith("$")).map(usd);
  expect(priced).toEqual([...priced].sort((a, b) => a - b));

  const name = (await link.textContent())!;
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByRole("heading", { name: "What three typical requests cost" })).toBeVisible();
  await expect(
    page.getByText(/Source: @pydantic\/genai-prices \d+\.\d+\.\d+ \(data published \d{4}-\d{2}-\d{2}\)/),
  ).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^models-genai-prices-[\d.]+\.csv$/);
  const [header, ...records] = parseCsv(await readFile(await download.path(), "utf8"));
  expect(header!.slice(0, 5)).toEqual(["id", "provider", "providerName", "model", "name"]);
  expect(header).toContain("tierAboveInputTokens");
  const packageCount = (await waitForUpdate())!.reduce((n, p) => n + p.models.length, 0);
  expect(records).toHaveLength(packageCount);
  await context.close();
});

test("a reader sees the ranked costs in euros, with the rate, its date and its source, and a model page's price history", async ({
  page,
}) => {
  await page.goto("/models?provider=anthropic&in=3000&out=500&requests=20000");
  const usdMonthly = usd(await currentTable(page).locator("tbody tr").first().locator("td").last().textContent());
  await page.getByRole("combobox", { name: "Costs in" }).selectOption("EUR");
  await page.getByRole("button", { name: "Show models" }).click();
  await expect(page).toHaveURL(/currency=EUR/);
  const note = page.getByTestId("conversion-note");
  await expect(note).toContainText(/1 USD = 0\.8683 EUR, the IMF reference rate of 2026-03-27/);
  await expect(note.getByRole("link")).toHaveAttribute("href", /^https:\/\//);
  const eurMonthly = (await currentTable(page).locator("tbody tr").first().locator("td").last().textContent())!;
  expect(eurMonthly.startsWith("€")).toBe(true);
  // The same ranking, converted: € = $ × 0.868282 (rounded to the cent on both sides).
  expect(Math.abs(Number(eurMonthly.replace(/[€,]/g, "")) - usdMonthly * 0.868282)).toBeLessThan(
    0.02 + usdMonthly * 1e-4,
  );

  await page.goto("/models/anthropic/claude-opus-4-6");
  const history = page.getByRole("region", { name: "Price history" });
  await expect(history.getByRole("row", { name: /^before 2026-03-13 .* above 200,000 input tokens/ })).toBeVisible();
  await expect(history.getByRole("row", { name: /^2026-03-13 .* none/ })).toBeVisible();
  await page.getByText("Per 1,000 requests in other currencies").click();
  await expect(page.getByText(/IMF reference rates of 2026-03-27/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test("/models lists every model of the package across its pages and the deprecated list", async ({ page, request }) => {
  const packageCount = (await waitForUpdate())!.reduce((n, p) => n + p.models.length, 0);
  const api = (await (await request.get("/api/v1/models")).json()) as { count: number };
  expect(api.count).toBe(packageCount);
  await page.goto("/models");
  const current = Number(
    (await page.getByText(/of [\d,]+ current models/).textContent())!
      .match(/of ([\d,]+) current/)![1]!
      .replace(/,/g, ""),
  );
  const deprecated = Number(
    (await page
      .locator("summary")
      .filter({ hasText: /deprecated model/ })
      .textContent())!.match(/^(\d+)/)![1],
  );
  expect(current + deprecated).toBe(packageCount);
  await page.getByRole("navigation", { name: "Pages of current models" }).getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByText(/^101–200 of/)).toBeVisible();
});

test("a bad workload value is named next to its field, and the page still answers", async ({ page }) => {
  const response = await page.goto("/models?in=lots&out=400&requests=-1");
  expect(response!.status()).toBe(200);
  await expect(page.getByRole("textbox", { name: "Input tokens" })).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#in-error")).toHaveText("must be a number");
  await expect(page.locator("#requests-error")).toHaveText("cannot be negative");
  expect((await page.goto("/models/google/no-such-model"))!.status()).toBe(404);
});

test("/models with a workload and a model page have no axe violations", async ({ page }) => {
  // axe checks every cell of a 100-row table and of the deprecated list: slow on a loaded 2-core machine.
  test.setTimeout(120_000);
  await page.goto("/models?in=1500&out=400&requests=1000");
  await expectNoAxeViolations(page);
  await page.goto("/models/google/gemini-2.5-pro");
  await expect(page.getByRole("columnheader", { name: "Above 200,000" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("/models does not scroll sideways at 390 px; the table scrolls inside its frame @mobile", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/models?in=1500&out=400&requests=1000");
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  const table = currentTable(page);
  expect(await table.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
});
