import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./fixtures";

test("a reader goes from the home page to a term, follows a related term and sees the backlink @mobile", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // The home page's entry points: the planner, model prices, calculators and the glossary.
  const entries = page.getByRole("region", { name: "What you can do here" });
  for (const name of ["Plan a deployment", "Compare model prices", "Run the numbers"])
    await expect(entries.getByRole("link", { name })).toBeVisible();
  await entries.getByRole("link", { name: "Read the glossary" }).click();

  await expect(page).toHaveURL(/\/glossary$/);
  await expect(page.getByRole("heading", { level: 1, name: "Glossary" })).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: "Inference economics", exact: true }).click();

  await expect(page).toHaveURL(/\/glossary\/inference-economics$/);
  await expect(page.getByRole("heading", { level: 1, name: "Inference economics" })).toBeVisible();
  const sections = await page.locator("[data-testid=term-article] h2").allTextContents();
  expect(sections.slice(0, 5)).toEqual(["In short", "Definition", "Why it matters", "In practice", "Related terms"]);

  const related = page.getByRole("region", { name: "Related terms" });
  await related.getByRole("link", { name: "Hyperscaler" }).click();
  await expect(page).toHaveURL(/\/glossary\/hyperscaler$/);
  // Hyperscaler's page shows inference economics back, as a related card or under "Mentioned in".
  const back = page
    .getByRole("region", { name: /Related terms|Mentioned in/ })
    .getByRole("link", { name: "Inference economics" });
  await expect(back.first()).toBeVisible();
});

test("the glossary filters by category without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/glossary");
  await page
    .getByRole("navigation", { name: "Filter by category" })
    .getByRole("link", { name: /Pricing/ })
    .click();
  await expect(page).toHaveURL(/\/glossary\/category\/pricing$/);
  await expect(page.getByRole("heading", { level: 1, name: "Pricing" })).toBeVisible();
  const titles = await page.locator("[data-testid=term-list] dt").allTextContents();
  expect(titles).toContain("Token pricing");
  expect(titles).not.toContain("Hyperscaler");
  await context.close();
});

test("a term page carries its category, aliases, sources, updated date and canonical URL", async ({ page }) => {
  await page.goto("/glossary/token-pricing");
  await expect(page).toHaveTitle(/Token pricing/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    "href",
    "http://localhost:3000/glossary/token-pricing",
  );
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /.+/);
  await expect(page.getByRole("link", { name: "Pricing", exact: true })).toBeVisible();
  await expect(page.getByText("Also called:")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Sources" })).toBeVisible();
  await expect(page.locator("ol[data-testid=sources] li").first()).toContainText("accessed");
  await expect(page.getByText(/Last updated/)).toBeVisible();
});

test("an unknown term gives the 404 page", async ({ page }) => {
  const response = await page.goto("/glossary/no-such-term");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Browse the glossary A to Z" })).toBeVisible();
});

for (const [name, url] of [
  ["home", "/"],
  ["glossary", "/glossary"],
  ["category page", "/glossary/category/costs"],
  ["term page", "/glossary/inference-economics"],
  ["404 page", "/glossary/no-such-term"],
] as const) {
  test(`the ${name} has no axe violations @mobile`, async ({ page }) => {
    await page.goto(url);
    await expectNoAxeViolations(page);
  });
}

test("the skip link is the first stop for keyboard users and moves focus to the content", async ({ page }) => {
  await page.goto("/glossary/inference");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});
