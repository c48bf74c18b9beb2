import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, gotoHydrated } from "./fixtures";

const headline = (scope: import("@playwright/test").Locator) => scope.locator("output[data-headline]");

test("a reader edits an embedded widget, copies the link, reloads it and sees the same result @mobile", async ({
  page,
}) => {
  await gotoHydrated(page, "/glossary/inference-cost");
  const widget = page.locator("section[data-calculator]").first();
  await expect(widget.getByRole("heading", { name: "Self-hosted cost per million tokens" })).toBeVisible();
  const before = await headline(widget).textContent();

  // Default replica at 70% utilization; doubling the GPU price doubles the cost per million tokens.
  const price = widget.getByLabel(/GPU rental price/);
  await price.fill("4");
  await expect(headline(widget)).not.toHaveText(before!);
  const after = await headline(widget).textContent();
  expect(parseFloat(after!.replace(/[$,]/g, ""))).toBeCloseTo(2 * parseFloat(before!.replace(/[$,]/g, "")), 2);

  await expect(page).toHaveURL(/calc=self-host-cost/);
  await expect(page).toHaveURL(/gpuHourlyUsd=4/);
  const link = page.url();
  await page.goto("about:blank");
  await page.goto(link);
  await expect(headline(page.locator("section[data-calculator]").first())).toHaveText(after!);
  await expect(
    page
      .locator("section[data-calculator]")
      .first()
      .getByLabel(/GPU rental price/),
  ).toHaveValue("4");
});

test("a calculator link renders the right number with JavaScript disabled, and the form recomputes on the server", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  // $2/GPU-h, 1 GPU, 1,000 tok/s, U = 1: 3.6M tokens per hour, 2 / 3.6 = $0.556 per million.
  await page.goto("/calculators/self-host-cost?gpuHourlyUsd=2&gpuCount=1&throughputTokensPerSecond=1000&utilization=1");
  await expect(headline(page.locator("main"))).toHaveText("$0.556");

  await page.getByLabel(/Utilization/).fill("0.5");
  await page.getByRole("button", { name: "Calculate" }).click();
  await expect(page).toHaveURL(/utilization=0.5/);
  // Half the utilization doubles the cost: 2 / 1.8 = $1.11.
  await expect(headline(page.locator("main"))).toHaveText("$1.11");
  await context.close();
});

test("on a phone the headline stays in view while the inputs are edited, and appears once @mobile", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await gotoHydrated(page, "/calculators/gpu-memory");
  const main = page.locator("main");
  await expect(headline(main)).toHaveCount(1);
  const label = await main.locator("[data-headline-label]").textContent();
  // The headline's label is not listed a second time among the other results.
  await expect(main.locator("[data-outputs] dt").filter({ hasText: new RegExp(`^${label}$`) })).toHaveCount(0);
  // Edit the first input: the result, three screens below on a phone, is in the viewport.
  const params = page.getByLabel(/Total parameters/);
  await params.scrollIntoViewIfNeeded();
  await params.fill("8");
  await expect(headline(main)).toBeInViewport();
});

test("numbers are read as people write them, fields that do not apply are hidden, money results keep their rate", async ({
  page,
}) => {
  await gotoHydrated(page, "/calculators/gpu-memory");
  const context = page.getByLabel(/Context per sequence/);
  await context.fill("128k");
  await expect(context).not.toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/contextTokens=128k/);
  await context.fill("4,096");
  await expect(context).not.toHaveAttribute("aria-invalid", "true");
  await context.fill("1,5");
  await expect(context).toHaveAttribute("aria-invalid", "true");

  // gqa: KV heads shown, the MLA fields hidden; mla: the reverse.
  await expect(page.getByLabel(/KV heads/)).toBeVisible();
  await expect(page.getByLabel(/MLA latent dimension/)).toBeHidden();
  await page.getByLabel(/Attention type/).selectOption("mla");
  await expect(page.getByLabel(/MLA latent dimension/)).toBeVisible();
  await expect(page.getByLabel(/KV heads/)).toBeHidden();

  // $2.50 price, $1.00 cost: gross profit 2.50 − 1.00 = $1.50 per 1M tokens.
  await gotoHydrated(page, "/calculators/margin?pricePerM=2.5&costPerM=1");
  await expect(page.locator("[data-outputs]").getByText("$1.50 per 1M tokens")).toBeVisible();
});

test("a bad value is named next to its field and the result waits for a fix", async ({ page }) => {
  await gotoHydrated(page, "/calculators/margin");
  const cost = page.getByLabel(/Cost to serve/);
  await cost.fill("abc");
  await expect(cost).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("must be a number")).toBeVisible();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Fix the highlighted input");
  await cost.fill("0.15");
  await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
});

test("choosing a model from the price list fills the prices, with the keyboard", async ({ page }) => {
  await gotoHydrated(page, "/calculators/blended-price");
  const picker = page.getByLabel("Model price list");
  await picker.focus();
  await picker.selectOption("gpt-4o");
  await expect(page.getByLabel(/Input price/)).toHaveValue("2.5");
  await expect(page.getByLabel(/Output price/)).toHaveValue("10");
  // (3 × 2.50 + 10) / 4 = 4.375
  await expect(headline(page.locator("main"))).toHaveText("$4.38");
  // Tab order: picker, the input's glossary link, the input.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "What is token pricing?" }).first()).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel(/Input price/)).toBeFocused();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("3");
  // (3 × 3 + 10) / 4 = 19 / 4 = 4.75
  await expect(headline(page.locator("main"))).toHaveText("$4.75");
});

test("the JSON API lists calculators, computes, and names bad parameters", async ({ request }) => {
  const list = await request.get("/api/v1/calculators");
  expect(list.status()).toBe(200);
  const { calculators } = await list.json();
  expect(calculators.map((c: { id: string }) => c.id)).toEqual([
    "deployment",
    "api-cost",
    "agent-session",
    "blended-price",
    "self-host-cost",
    "owned-gpu-cost",
    "gpu-memory",
    "decode-throughput",
    "moe",
    "margin",
    "price-decline",
  ]);

  const ok = await request.get("/api/v1/calculators/blended-price?model=gpt-4o");
  expect(ok.status()).toBe(200);
  const body = await ok.json();
  expect(body.outputs.blendedPricePerMUsd).toBeCloseTo(4.375, 10);
  expect(body.inputs).toMatchObject({ model: "gpt-4o", inputPricePerM: 2.5, outputPricePerM: 10, inputOutputRatio: 3 });
  expect(body.units.blendedPricePerMUsd).toMatch(/USD/);
  expect(body.dataAsOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);

  const bad = await request.get("/api/v1/calculators/margin?pricePerM=abc&costPerM=-1&colour=red");
  expect(bad.status()).toBe(400);
  const { error } = await bad.json();
  expect(error.issues.map((i: { param: string }) => i.param).sort()).toEqual(["colour", "costPerM", "pricePerM"]);

  // Any model of the price database, priced with its long-context tier: (250,000 × 2.50 + 1,000 × 15) / 1e6 = $0.64
  const tiered = await request.get(
    "/api/v1/calculators/api-cost?model=google/gemini-2.5-pro&inputTokens=250000&outputTokens=1000",
  );
  expect(tiered.status()).toBe(200);
  const priced = await tiered.json();
  expect(priced.outputs).toMatchObject({
    tier: ">200000 input tokens",
    pricesAsOf: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
  });
  expect(priced.outputs.costPerRequestUsd).toBeCloseTo(0.64, 10);

  const unknown = await request.get("/api/v1/calculators/blended-price?model=no-such-model");
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).error.issues.map((i: { param: string }) => i.param)).toEqual(["model"]);
  expect((await request.get("/api/v1/calculators/no-such-calculator")).status()).toBe(404);
});

test("a calculator page priced from a database model names the model and the date of its prices, not the site's", async ({
  page,
  request,
}) => {
  const api = await (
    await request.get("/api/v1/calculators/api-cost?model=google/gemini-2.5-pro&inputTokens=250000&outputTokens=1000")
  ).json();
  await page.goto("/calculators/api-cost?model=google/gemini-2.5-pro&inputTokens=250000&outputTokens=1000");
  await expect(page.getByTestId("model-prices")).toHaveText(
    `Prices of Gemini 2.5 Pro (Google) as of ${api.outputs.pricesAsOf}, from @pydantic/genai-prices 0.1.8; edit any field to override them.`,
  );
  await expect(page.getByText(">200000 input tokens")).toBeVisible();
});

test("the calculators index groups every calculator by the task it answers", async ({ page, request }) => {
  await page.goto("/calculators");
  const ids: string[] = (await (await request.get("/api/v1/calculators")).json()).calculators.map(
    (c: { id: string }) => c.id,
  );
  for (const group of [
    "Plan a deployment",
    "Price an API workload",
    "Size the hardware",
    "Cost self-hosting",
    "Compare and decide",
  ]) {
    await expect(page.getByRole("region", { name: group })).toBeVisible();
  }
  const links = await page
    .getByRole("main")
    .getByRole("article")
    .getByRole("link")
    .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(links.map((h) => (h === "/plan" ? "deployment" : h!.replace("/calculators/", ""))).sort()).toEqual(
    [...ids].sort(),
  );
});

for (const url of ["/calculators", "/calculators/gpu-memory", "/glossary/token-pricing"]) {
  test(`${url} has no axe violations`, async ({ page }) => {
    await page.goto(url);
    await expectNoAxeViolations(page);
  });
}

test("a reader reads a chart's points by keyboard and by tap, and the same data as a table @mobile", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await gotoHydrated(page, "/calculators/price-decline");
  // Two charts (the calculator's and the history) and their hidden tables do not widen the page.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
    0,
  );
  const history = page.getByRole("region", { name: "Price history" });
  // The x-axis runs past the newest point (Aug 2025) to the next whole year.
  await expect(history.getByText("2026", { exact: true })).toBeVisible();
  await expect(history.getByText("$0.01", { exact: true })).toBeVisible();

  // Every point is focusable, named with its model, date and price, and shows a tooltip on focus.
  const gpt5 = history.getByRole("img", { name: "GPT-5 (OpenAI): Aug 2025, $3.44 per 1M tokens" });
  await gpt5.focus();
  await expect(gpt5.getByText("Aug 2025, $3.44 per 1M tokens")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(gpt5.getByText("Aug 2025, $3.44 per 1M tokens")).toBeHidden();
  await expect(gpt5).toBeFocused();

  // A tap (click) shows the tooltip too.
  const llama = history.getByRole("img", { name: /^Llama 3\.2 3B/ });
  await llama.click();
  await expect(llama).toBeFocused();
  await expect(llama.getByText("Nov 2024, $0.06 per 1M tokens")).toBeVisible();
  await expectNoAxeViolations(page);

  // The data, for screen readers: one row per point.
  const table = history.getByRole("table", { name: /List prices over time/ });
  await expect(table.getByRole("row", { name: /GPT-5 .*Aug 2025/ })).toHaveCount(1);
});
