// The planner story of issue 14: plan Llama 3.1 70B on H100s for 1M requests a day, change the GPU count
// and the price tier, see the fit warning at 1 GPU, hand the result to self-host cost, save, share, and
// compare it with an API scenario.
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, gotoHydrated, test, waitHydrated } from "./fixtures";
import { uniqueEmail } from "./mail";

// Sign-in through real mail and several pages on 2 busy cores.
test.describe.configure({ timeout: 120_000 });

const out = (page: Page, name: string) => page.locator(`main [data-output="${name}"]`).first();

async function save(page: Page, name: string): Promise<string> {
  const widget = page.locator("section[data-calculator]").first();
  await widget.getByText("Save scenario").click();
  await widget.getByLabel("Name").fill(name);
  await widget.getByRole("button", { name: "Save", exact: true }).click();
  const saved = widget.getByRole("status").filter({ hasText: "Scenario saved" });
  await expect(saved).toContainText(`Scenario saved as “${name}”`);
  return (await saved.getByRole("link", { name: "Open it in My scenarios" }).getAttribute("href"))!.split("/").at(-1)!;
}

test("a plain /plan names the model and GPU of the worked plan it opens on, and choosing nothing keeps the fields", async ({
  page,
}) => {
  await gotoHydrated(page, "/plan");
  const model = page.getByLabel("Model", { exact: true });
  await expect(model).toHaveValue("llama-3-1-70b");
  await expect(page.getByLabel("GPU", { exact: true })).toHaveValue("h100-sxm");
  const params = page.getByLabel(/^Total parameters/);
  const before = await params.inputValue();
  await model.selectOption("");
  await expect(model).toHaveValue("");
  await expect(params).toHaveValue(before);
  await expect(page).not.toHaveURL(/model=/);
});

test("plan 70B on H100s, see it not fit on 1 GPU, hand it to self-host cost, save, share and compare with an API", async ({
  page,
  browser,
  signIn,
}) => {
  await signIn(page, uniqueEmail("planner"));

  await gotoHydrated(page, "/plan");
  await page.getByLabel("Model", { exact: true }).selectOption("llama-3-1-70b");
  await page.getByLabel("GPU", { exact: true }).selectOption("h100-sxm");
  await page.getByLabel(/^Requests per day/).fill("1000000");
  // The picks are kept in the address, so a copied link says which model and GPU it used.
  await expect(page).toHaveURL(/model=llama-3-1-70b/);
  await expect(page).toHaveURL(/gpu=h100-sxm/);
  // The H100's specialist-cloud price fills the GPU price.
  await expect(page.getByLabel(/^GPU price \(/)).toHaveValue("3.99");

  // Four GPUs per replica: it fits, and a month has a cost.
  const gpus = page.getByLabel(/^GPUs per replica/);
  await gpus.fill("4");
  await expect(out(page, "fits")).toHaveText("yes");
  const specialist = await page.locator("output[data-headline]").textContent();
  expect(specialist).toMatch(/^\$[\d,]+$/);

  // Another tier: the marketplace price ($2.69) replaces $3.99, and the month costs 2.69 ÷ 3.99 as much.
  await page.getByLabel(/^GPU price tier/).selectOption("marketplace");
  await expect(page.getByLabel(/^GPU price \(/)).toHaveValue("2.69");
  await expect(page.locator("output[data-headline]")).not.toHaveText(specialist!);
  const marketplace = await page.locator("output[data-headline]").textContent();
  const dollars = (s: string) => Number(s.replace(/[$,]/g, ""));
  expect(dollars(marketplace!) / dollars(specialist!)).toBeCloseTo(2.69 / 3.99, 2);

  // One GPU: 141 GB of BF16 weights on an 80 GB card does not fit; no cost, and the limit says why.
  await gpus.fill("1");
  await expect(out(page, "fits")).toHaveText("no");
  await expect(out(page, "limits")).toContainText("memory: the weights and one request need");
  await expect(page.locator("output[data-headline]")).toHaveText("—");
  const handoffs = page.getByRole("navigation", { name: "Use this result in another calculator" });
  await expect(handoffs).toContainText("cannot take this result: the model does not fit these GPUs");

  // Back to four, and on to self-host cost with one replica's numbers.
  await gpus.fill("4");
  await expect(out(page, "fits")).toHaveText("yes");
  await handoffs.getByRole("link", { name: "Self-hosted cost per million tokens" }).click();
  await expect(page).toHaveURL(/\/calculators\/self-host-cost\?/);
  await expect(page).toHaveURL(/gpu=h100-sxm%3Amarketplace/);
  await expect(page.getByLabel(/GPU rental price/)).toHaveValue("2.69");
  await expect(page.getByLabel(/^GPUs per replica/)).toHaveValue("4");
  // One replica of 4 GPUs × $2.69 × 730 h = $7,854.80 a month.
  await expect(out(page, "monthlyCostUsd")).toHaveText("$7,855");
  await waitHydrated(page);
  const selfHostId = await save(page, "70B on 4 H100s, marketplace");

  // Share: the public page names the GPU and tier the result used.
  await page.goto(`/scenarios/${selfHostId}`);
  await page.getByRole("button", { name: "Create a public link" }).click();
  const token = (await page.getByLabel("Public link").inputValue()).split("/s/")[1]!;
  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  await strangerPage.goto(`/s/${token}`);
  await expect(strangerPage.locator('tr[data-row="in.gpu"] td')).toHaveText("h100-sxm:marketplace");
  await expect(strangerPage.locator('tr[data-row="common.monthlyUsd"] td')).toHaveText("$7,855");
  await stranger.close();

  // An API scenario for the same workload, and the two compared on common measures.
  await gotoHydrated(
    page,
    "/calculators/api-cost?model=groq/llama-3.3-70b-versatile&requestsPerDay=1000000&inputTokens=2000&outputTokens=500",
  );
  const apiId = await save(page, "Groq Llama 3.3 70B");
  await page.goto(`/scenarios/compare?ids=${selfHostId}&ids=${apiId}`);
  for (const row of ["common.monthlyUsd", "common.perMillionOutputUsd"]) {
    const cells = page.locator(`tr[data-row="${row}"] td`);
    await expect(cells).toHaveCount(2);
    for (const cell of await cells.all()) await expect(cell).toHaveText(/^\$[\d,.]+/);
  }
  await expect(page.locator('tr[data-row="in.model"] td').nth(1)).toHaveText(/^groq\/llama-3\.3-70b-versatile/);
  await expectNoAxeViolations(page);
});

test("/plan has no axe violations @mobile", async ({ page }) => {
  await gotoHydrated(page, "/plan?model=llama-3-1-70b&gpu=h100-sxm&gpusPerReplica=4");
  await expectNoAxeViolations(page);
});

test("the planner's chart is in the page without JavaScript; with it, its code loads once the reader scrolls to it, and it follows an edit", async ({
  browser,
  page,
}) => {
  const path = "/plan?model=llama-3-1-70b&gpu=h100-sxm&gpusPerReplica=4";
  const chart = (p: Page) => p.locator("main figure").filter({ hasText: "Monthly cost against requests per day" });

  const withoutJs = await browser.newContext({ javaScriptEnabled: false });
  const still = await withoutJs.newPage();
  await still.goto(path);
  await expect(chart(still)).toBeVisible();
  await withoutJs.close();

  const scripts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script") scripts.push(r.url());
  });
  await gotoHydrated(page, path);
  await page.waitForLoadState("networkidle");
  // Far below the fields, the server's chart is in place before its code is fetched.
  await expect(chart(page)).toHaveCount(1);
  const loaded = scripts.length;
  await chart(page).scrollIntoViewIfNeeded();
  await expect.poll(() => scripts.length).toBeGreaterThan(loaded);
  await expect(chart(page)).toBeVisible();

  // A dearer GPU raises every step of the fleet's monthly cost: the chart is redrawn with the new figures.
  const drawn = await chart(page).textContent();
  await page.getByLabel(/^GPU price \(/).fill("5");
  await expect(chart(page)).not.toHaveText(drawn!);
  await expect(chart(page)).toBeVisible();
});
