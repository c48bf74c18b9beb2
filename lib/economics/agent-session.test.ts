import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  agentSession,
  priceSession,
  sessionRequests,
  STRATEGIES,
  type AgentSessionInput,
  type Strategy,
} from "./agent-session";
import { apiCost } from "./api-cost";
import type { TableRow } from "./calculator";
import { checkMetadata, issueParams, NUM_RUNS, parsed, run } from "./test-support";

// Claude Sonnet 4.5 list prices and Anthropic's rule, typed in (the database-backed version is in
// lib/calculators/agent-session-prices.test.ts): $3 input, $0.30 hit, $3.75 5-minute write, $6 1-hour write, $15 output.
const sonnet = {
  inputPricePerM: "3",
  cachedInputPricePerM: "0.3",
  cacheWritePricePerM: "3.75",
  cacheWrite1hPricePerM: "6",
  outputPricePerM: "15",
  automaticCaching: "yes",
  explicitBreakpoints: "yes",
  automaticWritesBilled: "yes",
  cacheMinPrefixTokens: "1024",
  cacheIncrementTokens: "1",
  automaticLifetimeSeconds: "300",
};
// A small coding agent: 2,000 system + 1,000 tool tokens; each turn 200 user, 100 tool call, 50 reasoning, 1,000 tool result.
// Reasoning is dropped between turns here (each turn starts with a user message), so the context grows by 1,300 a turn.
const session = {
  systemTokens: "2000",
  toolDefinitionTokens: "1000",
  userTokens: "200",
  toolCallTokens: "100",
  reasoningTokens: "50",
  toolResultTokens: "1000",
  reasoningInContext: "no",
};

const rows = (out: { turnRows: unknown }) => out.turnRows as TableRow[];
const costs = (out: { turnRows: unknown }) => rows(out).map((r) => r.costUsd as number);

describe("agent-session worked example", () => {
  it("explicit 5-minute breakpoints, one 400-second pause: turn 7 writes everything again", () => {
    // context_k = 3,000 + 1,300 (k − 1) + 200 = 3,200, 4,500, 5,800, … 14,900; output 150 a turn (2,250 µ$ at $15).
    // Gaps 60 s except 400 s before turn 7 (> 300 s lifetime).
    // T1: write 3,200 × 3.75 = 12,000 + 2,250 → $0.01425
    // T2–T6: read context_{k−1} × 0.3, write 1,300 × 3.75 = 4,875, + 2,250:
    //   T2 960 → $0.008085; T3 1,350 → $0.008475; T4 1,740 → $0.008865; T5 2,130 → $0.009255; T6 2,520 → $0.009645
    // T7 (at 700 s; entries from 300 s expired at 600 s): write 11,000 × 3.75 = 41,250 + 2,250 → $0.0435
    // T8 3,300 → $0.010425; T9 3,690 → $0.010815; T10 4,080 → $0.011205. Total $0.13452.
    const out = run(agentSession, {
      ...sonnet,
      ...session,
      turns: "10",
      gapSeconds: "60,60,60,60,60,400,60",
      cacheStrategy: "explicit-5m",
    });
    const expected = [0.01425, 0.008085, 0.008475, 0.008865, 0.009255, 0.009645, 0.0435, 0.010425, 0.010815, 0.011205];
    costs(out).forEach((c, k) => expect(c, `turn ${k + 1}`).toBeCloseTo(expected[k]!, 12));
    expect(rows(out).map((r) => r.cacheReadTokens)).toEqual([0, 3200, 4500, 5800, 7100, 8400, 0, 11000, 12300, 13600]);
    expect(rows(out).map((r) => r.cacheWriteTokens)).toEqual([
      3200, 1300, 1300, 1300, 1300, 1300, 11000, 1300, 1300, 1300,
    ]);
    expect(out.sessionCostUsd).toBeCloseTo(0.13452, 12);
    expect(out.cacheExpiredAtTurn).toBe(7);
    expect(out.repricedAtTurn).toBeNull();
    // No caching: Σ context = 10 × 3,200 + 1,300 × 45 = 90,500; × 3 + 10 × 2,250 = 294,000 µ$ = $0.294
    expect(out.noCachingCostUsd).toBeCloseTo(0.294, 12);
    expect(out.savingVsNoCachingUsd).toBeCloseTo(0.294 - 0.13452, 12);
    // 1-hour writes survive the pause: T1 3,200 × 6 + 2,250 = $0.02145; T2–T10 read Σ context_1..9 = 75,600 × 0.3 = 22,680
    // plus 9 × (1,300 × 6 + 2,250) = 90,450 → $0.11313; total $0.13458, a hair above automatic 5-minute caching,
    // which here matches explicit 5-minute breakpoints ($0.13452) and comes first in the order of strategies.
    expect(out.cheapestStrategy).toBe("automatic");
    const hour = run(agentSession, {
      ...sonnet,
      ...session,
      turns: "10",
      gapSeconds: "60,60,60,60,60,400,60",
      cacheStrategy: "explicit-1h",
    });
    expect(hour.sessionCostUsd).toBeCloseTo(0.13458, 12);
    expect(hour.cacheExpiredAtTurn).toBeNull();
  });

  it("the long-context tier reprices the whole request from the turn whose input passes the threshold", () => {
    // 40,000-token tool results: context_k = 3,200 + 41,300 (k − 1) passes 200,000 at k = 6 (209,700).
    const out = run(agentSession, {
      ...sonnet,
      ...session,
      toolResultTokens: "41000",
      turns: "6",
      cacheStrategy: "none",
      tierAboveInputTokens: "200000",
      tierInputPricePerM: "6",
      tierOutputPricePerM: "22.5",
    });
    expect(out.repricedAtTurn).toBe(6);
    const last = rows(out)[5]!;
    expect(last.contextTokens).toBe(209_700);
    expect(last.tier).toBe(">200000 input tokens");
    // (209,700 × 6 + 150 × 22.5) / 1e6 = (1,258,200 + 3,375) / 1e6 = $1.261575
    expect(last.costUsd).toBeCloseTo(1.261575, 12);
    expect(last.note).toContain("long-context tier");
  });

  it("compaction: one extra request summarises the conversation, and only the tools prefix stays cached", () => {
    // Contexts 3,200, 4,500, 5,800; turn 4 would be 7,100 > 6,000: the compaction request reads 3,000 + 3,900 = 6,900
    // and writes a 1,000-token summary; turn 4 then sends 3,000 + 1,000 + 200 = 4,200.
    const out = run(agentSession, {
      ...sonnet,
      ...session,
      turns: "4",
      compactAboveTokens: "6000",
      compactToTokens: "1000",
      cacheStrategy: "explicit-5m",
    });
    const r = rows(out);
    expect(r.map((x) => [x.turn, x.kind, x.contextTokens])).toEqual([
      [1, "turn", 3200],
      [2, "turn", 4500],
      [3, "turn", 5800],
      [4, "compaction", 6900],
      [4, "turn", 4200],
    ]);
    expect(out.compactions).toBe(1);
    // The compaction reads turn 3's 5,800-token entry; turn 4 reads only the 3,000-token tools breakpoint.
    expect(r[3]!.cacheReadTokens).toBe(5800);
    expect(r[3]!.outputTokens).toBe(1000);
    expect(r[4]!.cacheReadTokens).toBe(3000);
    expect(r[4]!.cacheWriteTokens).toBe(1200);
  });

  it("automatic caching with OpenAI's rule counts hits in 128-token steps above the 1,024 minimum", () => {
    // Turn 2 matches turn 1's 5,500-token prompt: 1,024 + 34 × 128 = 5,376 tokens hit, of a 5,500 + 150 + 300 + 1,500 + 500 = 7,950-token prompt.
    const out = run(agentSession, { turns: "2" });
    expect(rows(out)[1]!.cacheReadTokens).toBe(5376);
    expect(rows(out)[1]!.cacheWriteTokens).toBe(0);
    expect(rows(out)[1]!.uncachedInputTokens).toBe(7950 - 5376);
  });
});

describe("agent-session inputs", () => {
  it("reads one value or a comma list per turn, the last value repeating", () => {
    // Defaults: 5,000 prefix, 150 tool call, 300 reasoning (kept in the context), 1,500 tool result: +1,950 a turn plus the user text.
    const i = parsed(agentSession, { turns: "4", userTokens: "800,0", gapSeconds: "5" });
    expect(i.userTokens).toEqual([800, 0]);
    expect(sessionRequests(i).map((r) => r.inputTokens)).toEqual([5800, 7750, 9700, 11650]);
    const dropped = parsed(agentSession, { turns: "4", userTokens: "800,0", reasoningInContext: "no" });
    expect(sessionRequests(dropped).map((r) => r.inputTokens)).toEqual([5800, 7450, 9100, 10750]);
  });

  it("names the bad parameter", () => {
    expect(issueParams(agentSession, { turns: "2", userTokens: "1,2,3" })).toEqual(["userTokens"]);
    expect(issueParams(agentSession, { userTokens: "1,x" })).toEqual(["userTokens"]);
    expect(issueParams(agentSession, { gapSeconds: "-1" })).toEqual(["gapSeconds"]);
    expect(issueParams(agentSession, { cacheStrategy: "explicit-5m" })).toEqual(["cacheStrategy"]);
    expect(issueParams(agentSession, { compactAboveTokens: "1000", compactToTokens: "1000" })).toEqual([
      "compactToTokens",
    ]);
    expect(issueParams(agentSession, { contextWindowTokens: "20000" })).toEqual(["turns"]);
  });

  it("declares its outputs, inputs and formula", () => {
    checkMetadata(agentSession, [{}, { ...sonnet, cacheStrategy: "explicit-1h" }]);
  });
});

// Random sessions: small integer shapes, any strategy the drawn rule offers.
const sessions = fc
  .record({
    systemTokens: fc.integer({ min: 0, max: 20_000 }),
    toolDefinitionTokens: fc.integer({ min: 0, max: 20_000 }),
    turns: fc.integer({ min: 1, max: 30 }),
    userTokens: fc.array(fc.integer({ min: 0, max: 5_000 }), { minLength: 1, maxLength: 3 }),
    toolCallTokens: fc.array(fc.integer({ min: 0, max: 2_000 }), { minLength: 1, maxLength: 3 }),
    toolResultTokens: fc.array(fc.integer({ min: 0, max: 30_000 }), { minLength: 1, maxLength: 3 }),
    reasoningTokens: fc.array(fc.integer({ min: 0, max: 5_000 }), { minLength: 1, maxLength: 3 }),
    gapSeconds: fc.array(fc.integer({ min: 0, max: 5_000 }), { minLength: 1, maxLength: 3 }),
    compact: fc.option(fc.tuple(fc.integer({ min: 10_000, max: 150_000 }), fc.integer({ min: 0, max: 9_999 })), {
      nil: undefined,
    }),
    cacheMinPrefixTokens: fc.constantFrom(0, 1024, 2048, 4096),
    cacheIncrementTokens: fc.constantFrom(1, 64, 128),
    automaticLifetimeSeconds: fc.constantFrom(0, 300, 600),
    automaticWritesBilled: fc.constantFrom("yes", "no"),
    cacheReadRefreshes: fc.constantFrom("yes", "no"),
    cacheStrategy: fc.constantFrom(...STRATEGIES),
    reasoningInContext: fc.constantFrom("yes", "no"),
    tier: fc.boolean(),
  })
  .map(({ compact, tier, turns, ...s }) => {
    const raw: Record<string, string> = {
      ...sonnet,
      ...Object.fromEntries(Object.entries(s).map(([k, v]) => [k, Array.isArray(v) ? v.join(",") : String(v)])),
      turns: String(Math.max(turns, 4)), // room for three gaps
      ...(compact ? { compactAboveTokens: String(compact[0]), compactToTokens: String(compact[1]) } : {}),
      ...(tier
        ? {
            tierAboveInputTokens: "50000",
            tierInputPricePerM: "6",
            tierCachedInputPricePerM: "0.6",
            tierOutputPricePerM: "22.5",
          }
        : {}),
    };
    return raw;
  });

const cost = (raw: Record<string, string>) => run(agentSession, raw).sessionCostUsd;

describe("agent-session properties", () => {
  it("more turns never cost less", () => {
    fc.assert(
      fc.property(sessions, fc.integer({ min: 1, max: 10 }), (raw, more) => {
        const turns = Number(raw.turns);
        expect(cost({ ...raw, turns: String(turns + more) })).toBeGreaterThanOrEqual(cost(raw) - 1e-12);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("with caching off, the session costs the sum of its requests priced one by one by api-cost", () => {
    fc.assert(
      fc.property(sessions, (raw) => {
        const i = parsed(agentSession, { ...raw, cacheStrategy: "none" });
        const independent = sessionRequests(i).reduce((total, r) => {
          const one = apiCost.compute({
            ...parsed(apiCost, {}),
            inputPricePerM: i.inputPricePerM,
            cachedInputPricePerM: i.cachedInputPricePerM,
            cacheWritePricePerM: i.cacheWritePricePerM,
            cacheWrite1hPricePerM: i.cacheWrite1hPricePerM,
            outputPricePerM: i.outputPricePerM,
            tierAboveInputTokens: i.tierAboveInputTokens,
            tierInputPricePerM: i.tierInputPricePerM,
            tierCachedInputPricePerM: i.tierCachedInputPricePerM,
            tierOutputPricePerM: i.tierOutputPricePerM,
            inputTokens: r.inputTokens,
            outputTokens: r.outputTokens,
            reasoningTokens: r.reasoningTokens,
          });
          return total + one.costPerRequestUsd;
        }, 0);
        expect(agentSession.compute(i).sessionCostUsd).toBeCloseTo(independent, 12);
        expect(agentSession.compute(i).noCachingCostUsd).toBeCloseTo(independent, 12);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("a gap longer than the lifetime turns the next read into a write; a gap within it keeps the read", () => {
    const lifetime = (i: AgentSessionInput, s: Strategy) =>
      s === "automatic" ? i.automaticLifetimeSeconds : s === "explicit-5m" ? 300 : 3600;
    fc.assert(
      fc.property(
        sessions,
        fc.constantFrom<Strategy>("automatic", "explicit-5m", "explicit-1h"),
        fc.integer({ min: 1, max: 1000 }),
        (raw, strategy, over) => {
          // Two turns with no compaction: the second re-sends the first prompt, which is cacheable when it reaches the minimum.
          const i = parsed(agentSession, {
            ...raw,
            turns: "2",
            gapSeconds: "0",
            userTokens: "0",
            toolCallTokens: "0",
            toolResultTokens: "0",
            reasoningTokens: "0",
            cacheStrategy: strategy,
            compactAboveTokens: "",
          });
          if (strategy === "automatic" && i.automaticLifetimeSeconds === 0) return; // no documented lifetime: never expires
          const life = lifetime(i, strategy);
          const [first, second] = priceSession({ ...i, gapSeconds: [life + over] }, strategy);
          const [, kept] = priceSession({ ...i, gapSeconds: [life] }, strategy);
          if (first!.inputTokens < Math.max(i.cacheMinPrefixTokens, 1)) return; // nothing was cached
          expect(second!.cacheReadTokens).toBe(0);
          expect(second!.expired).toBe(true);
          const written = second!.cacheWriteTokens + second!.cacheWrite1hTokens;
          if (strategy !== "automatic" || i.automaticWritesBilled === "yes") expect(written).toBe(second!.inputTokens);
          expect(kept!.expired).toBe(false);
          if (first!.inputTokens >= i.cacheMinPrefixTokens + (strategy === "automatic" ? i.cacheIncrementTokens : 0)) {
            expect(kept!.cacheReadTokens).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it("every strategy's rows add up to its column of the cumulative table, and cache tokens never exceed the context", () => {
    fc.assert(
      fc.property(sessions, (raw) => {
        const out = run(agentSession, raw);
        const cumulative = out.cumulativeCostUsd;
        expect(cumulative.at(-1)![raw.cacheStrategy!]).toBeCloseTo(out.sessionCostUsd, 12);
        for (const r of rows(out)) {
          const read = r.cacheReadTokens as number;
          const written = r.cacheWriteTokens as number;
          expect(read + written + (r.uncachedInputTokens as number)).toBe(r.contextTokens);
          expect(read).toBeGreaterThanOrEqual(0);
          expect(written).toBeGreaterThanOrEqual(0);
        }
        expect(out.cheapestStrategyCostUsd).toBeLessThanOrEqual(out.sessionCostUsd + 1e-12);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

/**
 * The cache rule of priceSession's comment, written as directly as possible (every entry examined three times a
 * request: which are live, which live one offers most, which expired one would have offered more). priceSession
 * does this in one pass over the entries; both must read, write and flag expiry identically.
 */
function plainCache(i: AgentSessionInput, strategy: Exclude<Strategy, "none">) {
  const prefix = i.systemTokens + i.toolDefinitionTokens;
  const floor = Math.max(i.cacheMinPrefixTokens, 1);
  const automatic = strategy === "automatic";
  const lifetime = automatic ? i.automaticLifetimeSeconds || Infinity : strategy === "explicit-5m" ? 300 : 3600;
  let entries: { length: number; epoch: number; expiresAt: number }[] = [];
  return sessionRequests(i).map((r) => {
    const offer = (e: (typeof entries)[number]) =>
      e.epoch === r.epoch
        ? Math.min(e.length, r.inputTokens)
        : automatic
          ? Math.min(e.length, prefix)
          : e.length <= prefix
            ? e.length
            : 0;
    const live = entries.filter((e) => e.expiresAt >= r.atSeconds);
    const dead = entries.filter((e) => e.expiresAt < r.atSeconds);
    const longest = Math.max(0, ...live.map(offer));
    const best = live.find((e) => offer(e) === longest);
    const read =
      longest < floor
        ? 0
        : automatic
          ? longest - ((longest - i.cacheMinPrefixTokens) % i.cacheIncrementTokens)
          : longest;
    const expired = dead.some((e) => offer(e) > longest && offer(e) >= floor);
    if (best && read > 0 && i.cacheReadRefreshes === "yes") best.expiresAt = r.atSeconds + lifetime;
    entries = live;
    let written = 0;
    if (r.inputTokens >= floor) {
      written = r.inputTokens - read;
      entries.push({ length: r.inputTokens, epoch: r.epoch, expiresAt: r.atSeconds + lifetime });
      if (!automatic && prefix >= floor && prefix < r.inputTokens)
        entries.push({ length: prefix, epoch: r.epoch, expiresAt: r.atSeconds + lifetime });
    }
    return { read, written, expired };
  });
}

describe("agent-session cache lookup", () => {
  it("reads, writes and expires as the plain definition does, for every request of long random sessions", () => {
    fc.assert(
      fc.property(sessions, fc.integer({ min: 4, max: 120 }), (raw, turns) => {
        const i = parsed(agentSession, { ...raw, turns: String(turns), contextWindowTokens: "" });
        for (const strategy of ["automatic", "explicit-5m", "explicit-1h"] as const) {
          const billed = strategy !== "automatic" || i.automaticWritesBilled === "yes";
          const actual = priceSession(i, strategy).map((r) => ({
            read: r.cacheReadTokens,
            written: r.cacheWriteTokens + r.cacheWrite1hTokens,
            expired: r.expired,
          }));
          const expected = plainCache(i, strategy).map((r) => ({ ...r, written: billed ? r.written : 0 }));
          expect(actual).toEqual(expected);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
