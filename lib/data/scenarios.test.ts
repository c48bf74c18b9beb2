// Saved scenarios against a real database (SQLite, and PostgreSQL when configured).
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod/mini";
import { defineCalculator, upgradeInputs } from "@/lib/economics/calculator";
import { cleanupDatabases, freshDb, targets } from "@/lib/testing/databases";
import { newShareToken, scenarioService } from "./scenarios";

afterAll(cleanupDatabases);

// Blended price, worked by hand: (1 × $3 + $15) ÷ (1 + 1) = $9 per million tokens.
const blend = { inputPricePerM: "3", outputPricePerM: "15", inputOutputRatio: "1" };

describe.each(targets)("scenarios on $name", (target) => {
  async function setup(limit?: number) {
    const { db } = await freshDb(target);
    const service = scenarioService({ db, limit });
    const alice = await db.user.create({ data: { email: "alice@example.com" } });
    const bob = await db.user.create({ data: { email: "bob@example.com" } });
    return { db, service, alice: alice.id, bob: bob.id };
  }

  it("saves validated inputs with the calculator's input version and shows the headline result", async () => {
    const { db, service, alice } = await setup();
    const saved = await service.create(alice, { calculatorId: "blended-price", inputs: blend, name: "  Claude-class blend  ", note: "1:1 chat" });
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(saved.scenario.name).toBe("Claude-class blend");
    expect(saved.scenario.outputs?.blendedPricePerMUsd).toBe(9);
    expect(saved.scenario.headline).toEqual({ label: "Blended price", value: "$9.00", rate: "per 1M tokens" });
    const row = await db.scenario.findUniqueOrThrow({ where: { id: saved.scenario.id } });
    expect(row.schemaVersion).toBe(1);
    expect(JSON.parse(row.inputs)).toEqual({ inputPricePerM: 3, outputPricePerM: 15, inputOutputRatio: 1 });
    expect((await db.user.findUniqueOrThrow({ where: { id: alice } })).scenarioCount).toBe(1);
    const listed = await service.list(alice);
    expect(listed.map((s) => s.id)).toEqual([saved.scenario.id]);
    expect(listed[0]!.inputs).toEqual({ inputPricePerM: "3", outputPricePerM: "15", inputOutputRatio: "1" });
  });

  it("keeps the picker choices (model, GPU) beside the inputs, so a saved result says which it used", async () => {
    const { db, service, alice } = await setup();
    const saved = await service.create(alice, { calculatorId: "blended-price", inputs: { ...blend, model: "anthropic/claude-sonnet-4-5" }, name: "With a model" });
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    const row = await db.scenario.findUniqueOrThrow({ where: { id: saved.scenario.id } });
    expect(JSON.parse(row.inputs)).toEqual({ model: "anthropic/claude-sonnet-4-5", inputPricePerM: 3, outputPricePerM: 15, inputOutputRatio: 1 });
    // The choice is not a calculator input: the result is the same $9.
    expect(saved.scenario.inputs.model).toBe("anthropic/claude-sonnet-4-5");
    expect(saved.scenario.outputs?.blendedPricePerMUsd).toBe(9);
    const bad = await service.create(alice, { calculatorId: "blended-price", inputs: { ...blend, gpu: "h100 <script>" }, name: "Bad choice" });
    expect(bad).toMatchObject({ ok: false, error: "invalid", issues: [{ field: "inputs.gpu", message: "must be a preset id" }] });
  });

  it("refuses bad inputs, unknown calculators and names or notes over the limits, naming each field and storing nothing", async () => {
    const { db, service, alice } = await setup();
    const bad = await service.create(alice, { calculatorId: "blended-price", inputs: { ...blend, inputPricePerM: "-1", colour: "red" }, name: "", note: "x".repeat(2001) });
    expect(bad).toMatchObject({ ok: false, error: "invalid" });
    const fields = bad.ok ? [] : "issues" in bad ? bad.issues.map((i) => i.field).sort() : [];
    expect(fields).toEqual(["inputs.colour", "inputs.inputPricePerM", "name", "note"]);
    const unknown = await service.create(alice, { calculatorId: "nope", inputs: {}, name: "x" });
    expect(unknown).toMatchObject({ ok: false, error: "invalid", issues: [{ field: "calculatorId" }] });
    const long = await service.create(alice, { calculatorId: "blended-price", inputs: blend, name: "n".repeat(121) });
    expect(long).toMatchObject({ ok: false, issues: [{ field: "name", message: "A name is at most 120 characters." }] });
    // Exactly at the limits is fine.
    const edge = await service.create(alice, { calculatorId: "blended-price", inputs: blend, name: "n".repeat(120), note: "x".repeat(2000) });
    expect(edge.ok).toBe(true);
    expect(await db.scenario.count()).toBe(1);
    expect((await db.user.findUniqueOrThrow({ where: { id: alice } })).scenarioCount).toBe(1);
  });

  it("user B cannot read, change, share, duplicate, delete or compare user A's scenarios: each answers not-found and changes nothing", async () => {
    const { db, service, alice, bob } = await setup();
    const saved = await service.create(alice, { calculatorId: "blended-price", inputs: blend, name: "Alice's", note: "private" });
    if (!saved.ok) throw new Error("save failed");
    const id = saved.scenario.id;
    const before = await db.scenario.findUniqueOrThrow({ where: { id } });

    expect(await service.get(bob, id)).toBeUndefined();
    expect(await service.getMany(bob, [id])).toBeUndefined();
    expect(await service.list(bob)).toEqual([]);
    expect(await service.update(bob, id, { name: "Bob was here" })).toEqual({ ok: false, error: "not-found" });
    expect(await service.share(bob, id)).toEqual({ ok: false, error: "not-found" });
    expect(await service.revoke(bob, id)).toEqual({ ok: false, error: "not-found" });
    expect(await service.duplicate(bob, id)).toEqual({ ok: false, error: "not-found" });
    expect(await service.remove(bob, id)).toEqual({ ok: false, error: "not-found" });

    expect(await db.scenario.findUniqueOrThrow({ where: { id } })).toEqual(before);
    expect(await db.scenario.count()).toBe(1);
    expect((await db.user.findUniqueOrThrow({ where: { id: bob } })).scenarioCount).toBe(0);
    // Alice still can.
    expect((await service.get(alice, id))?.note).toBe("private");
    expect(await service.getMany(alice, [id, id])).toHaveLength(1);
  });

  it("rename, note, duplicate and delete; the counter follows", async () => {
    const { db, service, alice } = await setup();
    const saved = await service.create(alice, { calculatorId: "blended-price", inputs: blend, name: "A" });
    if (!saved.ok) throw new Error("save failed");
    const id = saved.scenario.id;
    expect(await service.update(alice, id, { name: "Renamed", note: "new note" })).toEqual({ ok: true });
    expect(await service.update(alice, id, { name: " " })).toMatchObject({ ok: false, issues: [{ field: "name" }] });
    expect(await service.get(alice, id)).toMatchObject({ name: "Renamed", note: "new note" });
    // A rename or note with control or text-direction characters, or a file, changes nothing.
    const file = new File(["x"], "x.txt");
    expect(await service.update(alice, id, { name: "evil\u202Etxt.exe", note: "a\u0000b" })).toMatchObject({ ok: false, issues: [{ field: "name" }, { field: "note" }] });
    expect(await service.update(alice, id, { name: file, note: file })).toMatchObject({ ok: false, issues: [{ field: "name" }, { field: "note" }] });
    expect(await service.get(alice, id)).toMatchObject({ name: "Renamed", note: "new note" });
    expect(await service.update(alice, id, { name: "Renamed", note: "line 1\r\nline 2" })).toEqual({ ok: true });
    expect(await service.get(alice, id)).toMatchObject({ note: "line 1\nline 2" });
    expect(await service.update(alice, id, { name: "Renamed", note: "new note" })).toEqual({ ok: true });
    const copy = await service.duplicate(alice, id);
    expect(copy).toMatchObject({ ok: true, scenario: { name: "Renamed (copy)", note: "new note", inputs: { inputPricePerM: "3" } } });
    expect((await db.user.findUniqueOrThrow({ where: { id: alice } })).scenarioCount).toBe(2);
    expect(await service.remove(alice, id)).toEqual({ ok: true });
    expect(await service.remove(alice, id)).toEqual({ ok: false, error: "not-found" });
    expect(await service.get(alice, id)).toBeUndefined();
    expect((await db.user.findUniqueOrThrow({ where: { id: alice } })).scenarioCount).toBe(1);
  });

  it("share gives one stable 192-bit token; revoke makes the link unknown; a new share gives a new token", async () => {
    const { service, alice } = await setup();
    const saved = await service.create(alice, { calculatorId: "blended-price", inputs: blend, name: "Shared", note: "n" });
    if (!saved.ok) throw new Error("save failed");
    const id = saved.scenario.id;
    const first = await service.share(alice, id);
    if (!first.ok) throw new Error("share failed");
    expect(Buffer.from(first.token, "base64url")).toHaveLength(24);
    expect(await service.share(alice, id)).toEqual({ ok: true, token: first.token, created: false });
    expect((await service.getShared(first.token))?.headline?.value).toBe("$9.00");
    expect(await service.getShared(first.token.slice(0, -1) + (first.token.endsWith("A") ? "B" : "A"))).toBeUndefined();
    expect(await service.revoke(alice, id)).toEqual({ ok: true });
    expect(await service.getShared(first.token)).toBeUndefined();
    const second = await service.share(alice, id);
    if (!second.ok) throw new Error("second share failed");
    expect(second.created).toBe(true);
    expect(Buffer.from(second.token, "base64url")).toHaveLength(24);
    expect(second.token).not.toBe(first.token);
  });

  it("holds the per-user cap under concurrent saves and says why", async () => {
    const { db, service, alice, bob } = await setup(5);
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => service.create(alice, { calculatorId: "blended-price", inputs: blend, name: `S${i}` })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    const refused = results.find((r) => !r.ok);
    expect(refused).toEqual({ ok: false, error: "limit", message: "You can keep at most 5 scenarios. Delete some to save new ones." });
    expect(await db.scenario.count({ where: { userId: alice } })).toBe(5);
    // Another user's cap is separate; deleting one frees a slot.
    expect((await service.create(bob, { calculatorId: "blended-price", inputs: blend, name: "B" })).ok).toBe(true);
    const first = results.find((r) => r.ok);
    if (!first?.ok) throw new Error("no save");
    expect(await service.duplicate(alice, first.scenario.id)).toMatchObject({ ok: false, error: "limit" });
    await service.remove(alice, first.scenario.id);
    expect((await service.create(alice, { calculatorId: "blended-price", inputs: blend, name: "again" })).ok).toBe(true);
  });
});

describe("share tokens", () => {
  it("carry at least 128 bits: 24 random bytes each, no repeats, every base64url symbol in use", () => {
    const tokens = Array.from({ length: 5000 }, newShareToken);
    expect(new Set(tokens).size).toBe(tokens.length);
    for (const t of tokens.slice(0, 100)) {
      expect(t).toMatch(/^[A-Za-z0-9_-]{32}$/);
      expect(Buffer.from(t, "base64url").length * 8).toBeGreaterThanOrEqual(128);
    }
    // 160,000 symbols: each of the 64 should appear about 2,500 times; a weak generator skews this.
    const counts = new Map<string, number>();
    for (const ch of tokens.join("")) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    expect(counts.size).toBe(64);
    for (const n of counts.values()) expect(Math.abs(n - 2500)).toBeLessThan(400);
  });
});

describe("input versions", () => {
  const v3 = defineCalculator({
    id: "versioned",
    title: "t",
    description: "d",
    input: z.strictObject({}),
    compute: () => ({ x: 1 }),
    outputs: { x: { label: "x", unit: "" } },
    headline: "x",
    formula: [],
    assumptions: [],
    version: 3,
    upgrades: {
      1: (i) => ({ ...i, ratio: i.r, r: undefined }),
      2: (i) => ({ price: i.price, ratio: Number(i.ratio) * 2 }),
    },
  });

  it("upgrades old inputs one version at a time and refuses a missing step", () => {
    expect(upgradeInputs(v3, 1, { price: 4, r: 3 })).toEqual({ price: 4, ratio: 6 });
    expect(upgradeInputs(v3, 3, { price: 4, ratio: 3 })).toEqual({ price: 4, ratio: 3 });
    expect(() => upgradeInputs({ ...v3, upgrades: { 2: (i) => i } }, 1, {})).toThrow(/no upgrade from input version 1/);
  });
});
