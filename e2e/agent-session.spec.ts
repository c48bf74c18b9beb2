import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { gotoHydrated } from "./fixtures";

const dollars = (text: string | null) => parseFloat((text ?? "").replace(/[$,]/g, ""));

test("a reader builds an agent session, switches the caching strategy and sees the turn the long-context tier reprices", async ({
  page,
}) => {
  // Gemini 2.5 Pro with 30,000 tokens of tool output a turn: the input passes its 200,000-token threshold at turn 8.
  await gotoHydrated(page, "/calculators/agent-session?model=google/gemini-2.5-pro&toolResultTokens=30000&turns=10");
  const main = page.locator("main");
  const headline = main.locator("output[data-headline]");
  const turns = main.locator('[data-output="turnRows"] tbody tr');
  await expect(turns).toHaveCount(10);
  const flagged = main.locator('[data-output="turnRows"] tr[data-flagged]');
  await expect(flagged).toHaveCount(1);
  await expect(flagged.first().locator('[data-column="turn"]')).toHaveText("8");
  await expect(flagged.first()).toContainText("long-context tier");
  await expect(main.locator('[data-output="repricedAtTurn"]')).toHaveText(/^8/);
  const cachedText = await headline.textContent();
  const cached = dollars(cachedText);

  // No caching: every turn pays full input price, so the session costs more and the saving is zero.
  await page.getByLabel(/Caching strategy/).selectOption("none");
  await expect(headline).not.toHaveText(cachedText!);
  expect(dollars(await headline.textContent())).toBeGreaterThan(cached);
  await expect(main.locator('[data-output="savingVsNoCachingUsd"]')).toHaveText("$0");
  await expect(main.locator('[data-output="cheapestStrategy"]')).toHaveText("automatic");
  await expect(flagged.first().locator('[data-column="turn"]')).toHaveText("8");
  await expect(page).toHaveURL(/cacheStrategy=none/);

  // Explicit breakpoints are not offered for Gemini in our rules: the calculator says so instead of a figure.
  await page.getByLabel(/Caching strategy/).selectOption("explicit-5m");
  await expect(main.getByText(/no explicit cache breakpoints/)).toBeVisible();
  await expect(main.getByRole("alert")).toContainText("Fix the highlighted input");
});

test("a reader uploads a small usage CSV, sees it priced and downloads the priced CSV", async ({ page }) => {
  await gotoHydrated(page, "/usage");
  await expect(page.getByTestId("not-stored")).toContainText("Nothing is stored");
  // GPT-5: 1,000 × 1.25 + 100 × 10 = 2,250 millionths of a dollar; the second row's model is unknown.
  const csv =
    "timestamp,model,input_tokens,output_tokens\n2026-11-01T12:00:00Z,openai/gpt-5,1000,100\n2026-11-02T12:00:00Z,no-such-model,5,5\n";
  await page
    .getByLabel(/Upload a file/)
    .setInputFiles({ name: "usage.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByLabel(/Compare with another model/).fill("anthropic/claude-sonnet-4-5");
  await page.getByRole("button", { name: "Price it" }).click();
  const summary = page.getByTestId("usage-summary");
  await expect(summary.locator('output[data-output="costUsd"]')).toHaveText("$0.00225");
  // The same tokens on Claude Sonnet 4.5: 1,000 × 3 + 100 × 15 = 4,500 millionths.
  await expect(summary.locator('dd[data-output="compareCostUsd"]')).toContainText("$0.0045");
  await expect(page.getByTestId("unpriced")).toContainText('Line 3: "no-such-model" is not in the price database');

  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download priced CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("priced-usage.csv");
  const lines = (await readFile(await download.path(), "utf8")).trim().split("\n");
  expect(lines[0]).toMatch(/^line,timestamp,model,database_model,input_tokens/);
  expect(lines).toHaveLength(3);
  expect(lines[1]).toContain("openai/gpt-5");
  expect(lines[2]).toContain("is not in the price database");
});

test("a malformed usage row is named by line and column", async ({ page }) => {
  await gotoHydrated(page, "/usage");
  await page
    .getByLabel("or paste it")
    .fill("timestamp,model,input_tokens,output_tokens\n2026-11-01,openai/gpt-5,1000,many\n");
  await page.getByRole("button", { name: "Price it" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    'Line 2, column 4: not a whole number of tokens ≥ 0: "many"',
  );
});
