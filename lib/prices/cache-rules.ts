// Each provider's prompt-caching rules (cache-rules.json beside this file), which @pydantic/genai-prices does
// not carry: whether caching is automatic or uses explicit breakpoints, the smallest cacheable prefix, the
// increment cache hits come in, how long an entry lives and whether a read renews it. Every rule cites its
// documentation page. They become plain inputs of the agent-session calculator (see model-prices.ts), so the
// calculator has no branch per provider.
import { z } from "zod";
import file from "./cache-rules.json";

const FILE = "lib/prices/cache-rules.json";

const tokens = z.number().int().positive();
const ruleSchema = z.strictObject({
  provider: z.string().min(1),
  /** Prefix of the model ids the rule covers ("" for all of the provider's models). */
  models: z.string(),
  automatic: z.boolean(),
  explicitBreakpoints: z.boolean(),
  /** Whether tokens written by automatic caching are billed as cache writes (else as plain input). */
  automaticWritesBilled: z.boolean(),
  /** Lifetime of an automatic cache entry; absent where the provider documents none. */
  automaticLifetimeSeconds: tokens.optional(),
  readRefreshes: z.boolean().optional(),
  minPrefixTokens: z
    .array(z.strictObject({ models: z.union([z.literal("*"), z.array(z.string().min(1)).min(1)]), tokens }))
    .optional(),
  incrementTokens: tokens.optional(),
  sources: z.array(z.strictObject({ url: z.url(), says: z.string().min(1) })).min(1),
});

const fileSchema = z.strictObject({
  accessed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  rules: z.array(ruleSchema).min(1),
});

export type CacheRule = z.infer<typeof ruleSchema>;

function load(): z.infer<typeof fileSchema> {
  const parsed = fileSchema.safeParse(file);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`${FILE}: ${where}`);
  }
  return parsed.data;
}

export const cacheRules = load();

/** The rule for a provider's model: the first rule naming the provider whose model prefix matches. */
export function cacheRuleFor(providerId: string, modelId: string): CacheRule | undefined {
  return cacheRules.rules.find((r) => r.provider === providerId && modelId.startsWith(r.models));
}

/** The minimum cacheable prefix the rule documents for this model; undefined when it states none. */
export function minPrefixFor(rule: CacheRule, modelId: string): number | undefined {
  return rule.minPrefixTokens?.find((m) => m.models === "*" || m.models.includes(modelId))?.tokens;
}

/**
 * The agent-session inputs a rule fills. Where the documentation gives no figure: minimum 0, increment 1,
 * lifetime 0 (no expiry), which the calculator's assumptions state. No rule at all: no caching offered.
 */
export function cacheRuleValues(providerId: string, modelId: string): Record<string, string> {
  const rule = cacheRuleFor(providerId, modelId);
  if (!rule) {
    return {
      automaticCaching: "no",
      explicitBreakpoints: "no",
      automaticWritesBilled: "no",
      cacheReadRefreshes: "yes",
      cacheMinPrefixTokens: "0",
      cacheIncrementTokens: "1",
      automaticLifetimeSeconds: "0",
    };
  }
  const min = minPrefixFor(rule, modelId);
  return {
    automaticCaching: rule.automatic ? "yes" : "no",
    explicitBreakpoints: rule.explicitBreakpoints ? "yes" : "no",
    automaticWritesBilled: rule.automaticWritesBilled ? "yes" : "no",
    cacheReadRefreshes: rule.readRefreshes === false ? "no" : "yes",
    cacheMinPrefixTokens: String(min ?? 0),
    cacheIncrementTokens: String(rule.incrementTokens ?? 1),
    automaticLifetimeSeconds: String(rule.automaticLifetimeSeconds ?? 0),
  };
}
