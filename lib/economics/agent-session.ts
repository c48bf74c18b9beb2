// An agent session priced turn by turn: every turn re-sends the growing context, and what it pays depends on
// how much of that context is still in the provider's prompt cache. Each request (turn, or compaction) is
// priced by api-cost's own formula, the one checked against @pydantic/genai-prices' calcPrice. The
// provider's caching rules arrive as inputs (filled from lib/prices/cache-rules.json with `model=`), so
// nothing here branches on a provider.
import { z } from "zod/mini";
import { apiCost } from "./api-cost";
import { defineCalculator, type TableRow } from "./calculator";
import { afterFieldChecks, inputMeta, numberInput, parseDecimal } from "./fields";

export const MAX_TURNS = 500;
const MAX_TOKENS = 10_000_000;
const MAX_GAP_SECONDS = 7 * 86_400;

export const STRATEGIES = ["none", "automatic", "explicit-5m", "explicit-1h"] as const;
export type Strategy = (typeof STRATEGIES)[number];
/** Lifetimes the explicit strategies are named after (Anthropic's cache_control ttl "5m" and "1h"). */
const EXPLICIT_LIFETIME_SECONDS = { "explicit-5m": 300, "explicit-1h": 3600 } as const;

/** "500" or "500,800,0": one value per turn, the last repeated for the turns after it. */
function readList(value: unknown): unknown {
  if (typeof value === "number") return [value];
  if (typeof value !== "string") return value;
  const parts = value.split(",").map((p) => p.trim());
  return parts.map((p) => parseDecimal(p) ?? p);
}

type ListField = z.ZodMiniPrefault<
  z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, z.ZodMiniArray<z.ZodMiniNumber<number>>>
>;

/**
 * A per-turn input: one number for every turn, or a comma list (turn 1, turn 2, ...) whose last value
 * repeats. In the query string and the form it stays one flat parameter.
 */
function perTurn(def: string, max: number, meta: Parameters<typeof inputMeta>[0]): ListField {
  const list = z.pipe(
    z.transform(readList),
    z.array(z.number().check(z.int(), z.gte(0), z.lte(max))).check(z.minLength(1), z.maxLength(MAX_TURNS)),
  );
  return z.prefault(list, def).register(z.globalRegistry, inputMeta(meta));
}

const tokens = (def: number, label: string, description: string, term?: string) =>
  numberInput(
    { int: true, min: 0, max: MAX_TOKENS, default: def },
    inputMeta({ label, unit: "tokens", step: 1, description, ...(term ? { term } : {}) }),
  );

const yesNo = (def: "yes" | "no", label: string, description: string) =>
  z
    ._default(z.enum(["yes", "no"]), def)
    .register(z.globalRegistry, inputMeta({ label, unit: "yes or no", term: "prompt-caching", description }));

// The price inputs are api-cost's own fields (same names, ranges, defaults and metadata): a model preset fills
// both calculators the same way.
const p = apiCost.input.shape;

const input = z
  .strictObject({
    systemTokens: tokens(3_000, "System prompt", "Sent at the start of every request.", "context-window"),
    toolDefinitionTokens: tokens(
      2_000,
      "Tool definitions",
      "The tools' names, descriptions and schemas, sent with every request after the system prompt.",
      "context-window",
    ),
    turns: numberInput(
      { int: true, min: 1, max: MAX_TURNS, default: 10 },
      inputMeta({
        label: "Turns",
        unit: "turns",
        term: "context-window",
        step: 1,
        description: "Model requests in the session, one per turn.",
      }),
    ),
    userTokens: perTurn("500", MAX_TOKENS, {
      label: "User tokens per turn",
      unit: "tokens per turn",
      term: "context-window",
      description:
        "New user text each turn. One number for every turn, or a comma list (turn 1, turn 2, …) whose last value repeats: 800,0 is 800 then nothing.",
    }),
    toolCallTokens: perTurn("150", MAX_TOKENS, {
      label: "Tool-call output per turn",
      unit: "tokens per turn",
      term: "context-window",
      description:
        "Output the model writes each turn (its tool call or answer), excluding reasoning. It stays in the context. One number or a comma list.",
    }),
    toolResultTokens: perTurn("1500", MAX_TOKENS, {
      label: "Tool results per turn",
      unit: "tokens per turn",
      term: "context-window",
      description:
        "What the tool returns after each turn; it joins the context of the next request. One number or a comma list.",
    }),
    reasoningTokens: perTurn("300", MAX_TOKENS, {
      label: "Reasoning tokens per turn",
      unit: "tokens per turn",
      term: "reasoning-tokens",
      description: "Billed as output (or at the reasoning price). One number or a comma list.",
    }),
    reasoningInContext: z._default(z.enum(["yes", "no"]), "yes").register(
      z.globalRegistry,
      inputMeta({
        label: "Reasoning stays in the context",
        unit: "yes or no",
        term: "reasoning-tokens",
        description:
          "Yes inside a tool-use loop, where Anthropic and OpenAI need the turn's reasoning sent back with the tool result; no where each turn starts from a new user message and earlier reasoning is dropped.",
      }),
    ),
    gapSeconds: perTurn("20", MAX_GAP_SECONDS, {
      label: "Seconds between turns",
      unit: "seconds",
      term: "prompt-caching",
      description:
        "Time from one request to the next (tool run plus the model's answer). One number or a comma list; a gap longer than the cache lifetime empties the cache.",
    }),
    cacheStrategy: z._default(z.enum(STRATEGIES), "automatic").register(
      z.globalRegistry,
      inputMeta({
        label: "Caching strategy",
        unit: "strategy",
        term: "prompt-caching",
        description:
          "none; automatic (the provider caches each prompt's prefix itself); explicit-5m or explicit-1h (a breakpoint after the tools and at the end of each prompt, written for 5 minutes or 1 hour).",
      }),
    ),
    compactAboveTokens: numberInput(
      { int: true, min: 1, max: MAX_TOKENS },
      inputMeta({
        label: "Compact when the context passes",
        unit: "tokens",
        term: "context-window",
        step: 1,
        description:
          "Before a turn whose context would be larger, one extra request summarises the conversation. Empty: never compact.",
      }),
    ),
    compactToTokens: numberInput(
      { int: true, min: 0, max: MAX_TOKENS, default: 2_000 },
      inputMeta({
        label: "Summary size",
        unit: "tokens",
        term: "context-window",
        step: 1,
        description: "Output of the compaction request; it replaces the conversation after the tools.",
      }),
    ),
    automaticCaching: yesNo(
      "yes",
      "Provider caches automatically",
      "Filled from the provider's caching rule with the model.",
    ),
    explicitBreakpoints: yesNo(
      "no",
      "Provider offers explicit breakpoints",
      "Filled from the provider's caching rule with the model.",
    ),
    automaticWritesBilled: yesNo(
      "no",
      "Automatic cache writes billed as writes",
      "Yes where automatic caching bills the tokens it writes at the cache-write price (Anthropic); no where they cost plain input (OpenAI, Gemini, DeepSeek).",
    ),
    cacheReadRefreshes: yesNo(
      "yes",
      "A cache read renews the lifetime",
      "Yes where each hit restarts the entry's lifetime.",
    ),
    cacheMinPrefixTokens: numberInput(
      { int: true, min: 0, max: MAX_TOKENS, default: 1024 },
      inputMeta({
        label: "Minimum cacheable prefix",
        unit: "tokens",
        term: "prompt-caching",
        step: 1,
        description: "Shorter prompts are not cached; 0 where the provider documents no minimum.",
      }),
    ),
    cacheIncrementTokens: numberInput(
      { int: true, min: 1, max: 100_000, default: 128 },
      inputMeta({
        label: "Cache-hit increment",
        unit: "tokens",
        term: "prompt-caching",
        step: 1,
        description:
          "Automatic cache hits cover the minimum plus whole increments (OpenAI: 128); 1 where none is documented.",
      }),
    ),
    automaticLifetimeSeconds: numberInput(
      { int: true, min: 0, max: MAX_GAP_SECONDS, default: 300 },
      inputMeta({
        label: "Automatic cache lifetime",
        unit: "seconds",
        term: "prompt-caching",
        step: 1,
        description:
          "How long an automatic entry lives after it was written or last read; 0 where the provider documents none (entries are then assumed to last the session).",
      }),
    ),
    inputPricePerM: p.inputPricePerM,
    cachedInputPricePerM: p.cachedInputPricePerM,
    cacheWritePricePerM: p.cacheWritePricePerM,
    cacheWrite1hPricePerM: p.cacheWrite1hPricePerM,
    outputPricePerM: p.outputPricePerM,
    reasoningPricePerM: p.reasoningPricePerM,
    requestFeeUsd: p.requestFeeUsd,
    contextWindowTokens: p.contextWindowTokens,
    tierAboveInputTokens: p.tierAboveInputTokens,
    tierInputPricePerM: p.tierInputPricePerM,
    tierCachedInputPricePerM: p.tierCachedInputPricePerM,
    tierCacheWritePricePerM: p.tierCacheWritePricePerM,
    tierCacheWrite1hPricePerM: p.tierCacheWrite1hPricePerM,
    tierOutputPricePerM: p.tierOutputPricePerM,
    tierReasoningPricePerM: p.tierReasoningPricePerM,
  })
  .check(
    z.superRefine((v, ctx) => {
      const lists = ["userTokens", "toolCallTokens", "toolResultTokens", "reasoningTokens"] as const;
      for (const name of lists) {
        if (v[name].length > v.turns) {
          ctx.addIssue({
            code: "custom",
            path: [name],
            message: `gives ${v[name].length} values for ${v.turns} turns`,
          });
        }
      }
      if (v.gapSeconds.length > 1 && v.gapSeconds.length > v.turns - 1) {
        ctx.addIssue({
          code: "custom",
          path: ["gapSeconds"],
          message: `gives ${v.gapSeconds.length} gaps for ${v.turns} turns (${v.turns - 1} gaps)`,
        });
      }
      if (v.compactAboveTokens !== undefined && v.compactToTokens >= v.compactAboveTokens) {
        ctx.addIssue({
          code: "custom",
          path: ["compactToTokens"],
          message: "The summary must be smaller than the context size that triggers it.",
        });
      }
      if (v.cacheStrategy === "automatic" && v.automaticCaching === "no") {
        ctx.addIssue({
          code: "custom",
          path: ["cacheStrategy"],
          message: "This provider has no automatic caching in our rules: choose none or set automaticCaching.",
        });
      }
      if (v.cacheStrategy.startsWith("explicit") && v.explicitBreakpoints === "no") {
        ctx.addIssue({
          code: "custom",
          path: ["cacheStrategy"],
          message: "This provider has no explicit cache breakpoints in our rules: choose none or automatic.",
        });
      }
      if (v.contextWindowTokens !== undefined) {
        const over = sessionRequests(v).find((r) => r.inputTokens + r.outputTokens > v.contextWindowTokens!);
        if (over) {
          ctx.addIssue({
            code: "custom",
            path: ["turns"],
            message: `Turn ${over.turn}${over.kind === "compaction" ? " (compaction)" : ""} needs ${over.inputTokens + over.outputTokens} tokens, more than the model's context window of ${v.contextWindowTokens}: compact earlier or run fewer turns.`,
          });
        }
      }
    }, afterFieldChecks),
  );

export type AgentSessionInput = z.output<typeof input>;

/** One request of the session, before caching: what it sends and what it generates. */
export type SessionRequest = {
  turn: number;
  kind: "turn" | "compaction";
  /** Seconds since the session's first request. */
  atSeconds: number;
  inputTokens: number;
  outputTokens: number;
  reasoningTokens: number;
  /** Tokens of the context rewritten by compactions so far: a cache entry from an earlier epoch matches only the tools prefix. */
  epoch: number;
};

const nth = (list: readonly number[], i: number) => list[Math.min(i, list.length - 1)]!;

/**
 * The session's requests, which do not depend on caching. Turn k sends the system prompt, the tool
 * definitions, every earlier turn's user text, tool call, reasoning (when it stays in the context) and tool
 * result, and its own user text. Before a turn whose context would pass compactAboveTokens, a compaction request reads the
 * conversation and writes a compactToTokens summary that replaces it.
 */
export function sessionRequests(i: AgentSessionInput): SessionRequest[] {
  const prefix = i.systemTokens + i.toolDefinitionTokens;
  const requests: SessionRequest[] = [];
  let history = 0;
  let epoch = 0;
  let at = 0;
  for (let k = 0; k < i.turns; k++) {
    if (k > 0) at += nth(i.gapSeconds, k - 1);
    const user = nth(i.userTokens, k);
    const call = nth(i.toolCallTokens, k);
    const reasoning = nth(i.reasoningTokens, k);
    if (
      i.compactAboveTokens !== undefined &&
      prefix + history + user > i.compactAboveTokens &&
      history > i.compactToTokens
    ) {
      requests.push({
        turn: k + 1,
        kind: "compaction",
        atSeconds: at,
        inputTokens: prefix + history,
        outputTokens: i.compactToTokens,
        reasoningTokens: 0,
        epoch,
      });
      history = i.compactToTokens;
      epoch++;
    }
    requests.push({
      turn: k + 1,
      kind: "turn",
      atSeconds: at,
      inputTokens: prefix + history + user,
      outputTokens: call + reasoning,
      reasoningTokens: reasoning,
      epoch,
    });
    history += user + call + (i.reasoningInContext === "yes" ? reasoning : 0) + nth(i.toolResultTokens, k);
  }
  return requests;
}

export type PricedRequest = SessionRequest & {
  cacheReadTokens: number;
  cacheWriteTokens: number;
  cacheWrite1hTokens: number;
  uncachedInputTokens: number;
  tier: string;
  costUsd: number;
  /** A cache entry this request would have read had it not expired. */
  expired: boolean;
};

type Entry = { length: number; epoch: number; expiresAt: number; lifetime: number };

/**
 * Prices the requests under one strategy. The cache holds entries (a prefix length, the context epoch it
 * belongs to, an expiry). A request reads the longest live entry that is a prefix of its prompt; with
 * automatic caching a hit covers the minimum plus whole increments, and the whole prompt is then cached;
 * with explicit breakpoints an entry is read whole, and the prompt (and the tools prefix) are written.
 */
export function priceSession(i: AgentSessionInput, strategy: Strategy, requests = sessionRequests(i)): PricedRequest[] {
  const prefix = i.systemTokens + i.toolDefinitionTokens;
  const min = i.cacheMinPrefixTokens;
  const increment = i.cacheIncrementTokens;
  const automatic = strategy === "automatic";
  const lifetime =
    strategy === "none" ? 0 : automatic ? i.automaticLifetimeSeconds || Infinity : EXPLICIT_LIFETIME_SECONDS[strategy];
  let entries: Entry[] = [];
  return requests.map((r) => {
    let read = 0;
    let written = 0;
    let expired = false;
    if (strategy !== "none") {
      // One pass over the entries (a session that never expires keeps one per request): the best live entry
      // (the first of the longest offers), the longest offer among the expired ones, and the live ones kept.
      let best: Entry | undefined;
      let matched = 0;
      let expiredOffer = 0;
      const live: Entry[] = [];
      for (const e of entries) {
        // What an entry offers this prompt: a same-epoch entry is a prefix of it; an older one shares only the tools prefix.
        const offer =
          e.epoch === r.epoch
            ? Math.min(e.length, r.inputTokens)
            : automatic
              ? Math.min(e.length, prefix)
              : e.length <= prefix
                ? e.length
                : 0;
        if (r.atSeconds <= e.expiresAt) {
          live.push(e);
          if (!best || offer > matched) {
            best = e;
            matched = offer;
          }
        } else expiredOffer = Math.max(expiredOffer, offer);
      }
      // An expired entry would have served more than the live ones: the prompt pays to write it again.
      expired = expiredOffer > matched && expiredOffer >= Math.max(min, 1);
      read = matched < Math.max(min, 1) ? 0 : automatic ? matched - ((matched - min) % increment) : matched;
      if (best && read > 0 && i.cacheReadRefreshes === "yes") best.expiresAt = r.atSeconds + best.lifetime;
      // Expired entries go; the prompt is cached (whole) when it reaches the minimum.
      entries = live;
      if (r.inputTokens >= Math.max(min, 1)) {
        written = r.inputTokens - read;
        entries.push({ length: r.inputTokens, epoch: r.epoch, expiresAt: r.atSeconds + lifetime, lifetime });
        if (!automatic && prefix >= Math.max(min, 1) && prefix < r.inputTokens) {
          entries.push({ length: prefix, epoch: r.epoch, expiresAt: r.atSeconds + lifetime, lifetime });
        }
      }
    }
    const billedWrites = strategy === "none" || (automatic && i.automaticWritesBilled === "no") ? 0 : written;
    const write1h = strategy === "explicit-1h" ? billedWrites : 0;
    const write5m = billedWrites - write1h;
    const priced = apiCost.compute({
      inputTokens: r.inputTokens,
      cachedInputTokens: read,
      cacheWriteTokens: write5m,
      cacheWrite1hTokens: write1h,
      outputTokens: r.outputTokens,
      reasoningTokens: r.reasoningTokens,
      inputPricePerM: i.inputPricePerM,
      cachedInputPricePerM: i.cachedInputPricePerM,
      cacheWritePricePerM: i.cacheWritePricePerM,
      cacheWrite1hPricePerM: i.cacheWrite1hPricePerM,
      outputPricePerM: i.outputPricePerM,
      reasoningPricePerM: i.reasoningPricePerM,
      requestFeeUsd: i.requestFeeUsd,
      contextWindowTokens: i.contextWindowTokens,
      tierAboveInputTokens: i.tierAboveInputTokens,
      tierInputPricePerM: i.tierInputPricePerM,
      tierCachedInputPricePerM: i.tierCachedInputPricePerM,
      tierCacheWritePricePerM: i.tierCacheWritePricePerM,
      tierCacheWrite1hPricePerM: i.tierCacheWrite1hPricePerM,
      tierOutputPricePerM: i.tierOutputPricePerM,
      tierReasoningPricePerM: i.tierReasoningPricePerM,
      batchDiscount: 0,
      requestsPerDay: 1,
      daysPerMonth: 1,
    });
    return {
      ...r,
      cacheReadTokens: read,
      cacheWriteTokens: write5m,
      cacheWrite1hTokens: write1h,
      uncachedInputTokens: r.inputTokens - read - billedWrites,
      tier: priced.tier,
      costUsd: priced.costPerRequestUsd,
      expired,
    };
  });
}

/** The strategies this provider offers, by its rule inputs. */
export function availableStrategies(i: AgentSessionInput): Strategy[] {
  return STRATEGIES.filter(
    (s) => s === "none" || (s === "automatic" ? i.automaticCaching === "yes" : i.explicitBreakpoints === "yes"),
  );
}

const sum = (rows: PricedRequest[]) => rows.reduce((t, r) => t + r.costUsd, 0);

export const agentSession = defineCalculator({
  id: "agent-session",
  title: "Agent session cost, turn by turn",
  description:
    "What a multi-turn agent session costs when every turn re-sends the growing context: cache reads and writes per turn, the long-context tier, cache expiry between turns and the cheapest caching strategy.",
  term: "prompt-caching",
  input,
  compute: (i) => {
    const requests = sessionRequests(i);
    const byStrategy = Object.fromEntries(
      availableStrategies(i).map((s) => [s, priceSession(i, s, requests)]),
    ) as Partial<Record<Strategy, PricedRequest[]>>;
    const rows = byStrategy[i.cacheStrategy] ?? priceSession(i, i.cacheStrategy, requests);
    const none = byStrategy.none!;
    const total = sum(rows);
    const noCache = sum(none);
    let cheapest: Strategy = "none";
    for (const s of STRATEGIES)
      if (byStrategy[s] && sum(byStrategy[s]) < sum(byStrategy[cheapest]!) - 1e-12) cheapest = s;
    const repriced = rows.find((r) => r.tier !== "base");
    const expiry = rows.find((r) => r.expired);
    const turnRows: TableRow[] = rows.map((r) => ({
      turn: r.turn,
      kind: r.kind,
      atSeconds: r.atSeconds,
      contextTokens: r.inputTokens,
      cacheReadTokens: r.cacheReadTokens,
      cacheWriteTokens: r.cacheWriteTokens + r.cacheWrite1hTokens,
      uncachedInputTokens: r.uncachedInputTokens,
      outputTokens: r.outputTokens,
      reasoningTokens: r.reasoningTokens,
      tier: r.tier,
      costUsd: r.costUsd,
      note: [
        r.kind === "compaction" ? "compaction" : "",
        r === repriced ? "long-context tier: whole request repriced" : "",
        r.expired ? "cache expired: re-written" : "",
      ]
        .filter(Boolean)
        .join("; "),
    }));
    const cumulative: TableRow[] = [];
    const running: Partial<Record<Strategy, number>> = {};
    requests.forEach((r, n) => {
      const row: TableRow = { turn: r.turn, kind: r.kind };
      for (const s of STRATEGIES) {
        const priced = byStrategy[s];
        if (priced) running[s] = (running[s] ?? 0) + priced[n]!.costUsd;
        row[s] = priced ? running[s]! : null;
      }
      cumulative.push(row);
    });
    return {
      sessionCostUsd: total,
      costPerTurnUsd: total / i.turns,
      noCachingCostUsd: noCache,
      savingVsNoCachingUsd: noCache - total,
      savingVsNoCachingFraction: noCache > 0 ? (noCache - total) / noCache : 0,
      repricedAtTurn: repriced ? repriced.turn : null,
      cacheExpiredAtTurn: expiry ? expiry.turn : null,
      cheapestStrategy: cheapest,
      cheapestStrategyCostUsd: sum(byStrategy[cheapest]!),
      compactions: rows.filter((r) => r.kind === "compaction").length,
      finalContextTokens: rows[rows.length - 1]!.inputTokens,
      turnRows,
      cumulativeCostUsd: cumulative,
    };
  },
  outputs: {
    sessionCostUsd: { label: "Session cost", unit: "USD", term: "inference-cost" },
    costPerTurnUsd: {
      label: "Cost per turn",
      unit: "USD",
      description: "Session cost divided by the turns (compaction requests included in the cost).",
    },
    noCachingCostUsd: { label: "Cost with no caching", unit: "USD" },
    savingVsNoCachingUsd: { label: "Saving against no caching", unit: "USD", term: "prompt-caching" },
    savingVsNoCachingFraction: { label: "Share saved by caching", unit: "fraction (0-1)" },
    repricedAtTurn: {
      label: "Long-context tier from turn",
      unit: "turn",
      term: "long-context-pricing",
      description:
        "First turn whose input passes the model's long-context threshold, so the whole request pays the tier prices. —: none.",
    },
    cacheExpiredAtTurn: {
      label: "Cache expires before turn",
      unit: "turn",
      description:
        "First turn that finds its cache entry expired (the gap exceeded the lifetime) and writes it again. —: none.",
    },
    cheapestStrategy: {
      label: "Cheapest caching strategy",
      unit: "strategy",
      term: "prompt-caching",
      description: "Among the strategies the provider offers.",
    },
    cheapestStrategyCostUsd: { label: "Session cost with the cheapest strategy", unit: "USD" },
    compactions: { label: "Compactions", unit: "requests" },
    finalContextTokens: { label: "Context at the last request", unit: "tokens", term: "context-window" },
    turnRows: {
      label: "Turn by turn",
      unit: "table",
      description: "One row per request; each row's cost is the price database's price for that request's usage.",
      columns: {
        turn: { label: "Turn", unit: "" },
        kind: { label: "Request", unit: "" },
        atSeconds: { label: "At", unit: "s" },
        contextTokens: { label: "Context", unit: "tokens" },
        cacheReadTokens: { label: "Cache reads", unit: "tokens" },
        cacheWriteTokens: { label: "Cache writes", unit: "tokens" },
        uncachedInputTokens: { label: "Uncached input", unit: "tokens" },
        outputTokens: { label: "Output", unit: "tokens" },
        reasoningTokens: { label: "of which reasoning", unit: "tokens" },
        tier: { label: "Tier", unit: "" },
        costUsd: { label: "Cost", unit: "USD" },
        note: { label: "Note", unit: "" },
      },
    },
    cumulativeCostUsd: {
      label: "Cumulative cost by strategy",
      unit: "table",
      description:
        "Running session cost after each request under each caching strategy the provider offers (— where it offers none).",
      columns: {
        turn: { label: "Turn", unit: "" },
        kind: { label: "Request", unit: "" },
        none: { label: "No caching", unit: "USD" },
        automatic: { label: "Automatic", unit: "USD" },
        "explicit-5m": { label: "Explicit, 5 min", unit: "USD" },
        "explicit-1h": { label: "Explicit, 1 hour", unit: "USD" },
      },
    },
  },
  headline: "sessionCostUsd",
  formula: [
    "prefix = systemTokens + toolDefinitionTokens; turn k sends context_k = prefix + Σ_{j<k} (user_j + toolCall_j + reasoning_j if reasoningInContext + toolResult_j) + user_k and outputs toolCall_k + reasoning_k",
    "compaction (when context_k > compactAboveTokens): one extra request reads prefix + history and outputs compactToTokens, which replaces the history",
    "cache: the longest live entry that is a prefix of the prompt is read; automatic hits count minPrefix + whole increments; entries expire lifetime seconds after their write or last read (if reads renew)",
    "cache writes = context − reads when the prompt reaches the minimum (billed at the 5-minute or 1-hour write price for explicit, as plain input for automatic unless the provider bills writes)",
    "each request's cost = api-cost's costPerRequestUsd for (context, reads, writes, output, reasoning), the long-context tier applying to the whole request",
    "sessionCostUsd = Σ request costs; savingVsNoCachingUsd = cost with strategy none − sessionCostUsd",
  ],
  assumptions: [
    "Defaults are GPT-4o list prices (Aug 2024) and OpenAI's caching rule (automatic, 1,024-token minimum, 128-token increments, 5 minutes); choose a model to fill its prices and its provider's rule from lib/prices/cache-rules.json, where each rule cites its documentation (accessed 2026-11-29).",
    "Tool calls and tool results stay in the context. Reasoning does inside a tool-use loop: Anthropic requires the thinking block to be returned with the tool result (platform.claude.com/docs/en/build-with-claude/context-windows) and OpenAI asks for the reasoning items since the last user message when answering a function call (platform.openai.com/docs/guides/reasoning); both drop earlier reasoning once a new user message starts a turn (reasoningInContext = no). Accessed 2026-11-29.",
    "Explicit caching places a breakpoint after the tool definitions and one at the end of every prompt; lookups reach back to any live entry, whatever the provider's lookback limit.",
    "Where a provider documents no minimum, increment or lifetime, its rule fills 0, 1 and 0: any prefix caches and entries last the session.",
    "Time between turns is the gap you give; generation time is not added. One session runs alone: no other traffic shares or evicts its cache.",
    "Compaction replaces everything after the tool definitions with the summary; its request is priced like any other.",
  ],
});
