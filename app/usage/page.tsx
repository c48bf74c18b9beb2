import type { Metadata } from "next";
import { UsageForm } from "@/components/usage/usage-form";
import { listModels, PRICES_DATA } from "@/lib/prices/catalog";
import { FORMATS } from "@/lib/usage/parse";
import { MAX_USAGE_BYTES } from "@/lib/usage/read";

export const metadata: Metadata = {
  title: "Re-price a usage export",
  description:
    "Upload an OpenAI or Anthropic usage export (CSV or JSON Lines) and see it priced at the prices in force on each row's date, by day, model and token kind, with what caching saved and what another model would have cost.",
  alternates: { canonical: "/usage" },
};

// Current models for the comparison picker, by name.
const models = listModels()
  .filter((m) => !m.deprecated)
  .map((m) => ({ id: m.id, name: `${m.name} (${m.providerName})` }))
  .sort((a, b) => a.name.localeCompare(b.name));

export default function UsagePage() {
  return (
    <>
      <h1>Re-price a usage export</h1>
      <p className="lead">
        Paste or upload a usage export and see it priced at the prices in force on each row&apos;s date: totals by day,
        model and token kind, the share caching saved, and what the same tokens would have cost on another model.
      </p>
      <p className="muted" data-testid="not-stored">
        Nothing is stored. The file is sent to this site&apos;s server, read line by line and priced within the same
        request, and the answer is the only thing that comes back; it is never written to disk or a database, and no
        copy is kept once the response is sent. Up to {MAX_USAGE_BYTES / 1024 / 1024} MB.
      </p>
      <h2>Formats read</h2>
      <ul>
        {FORMATS.map((f) => (
          <li key={f.id}>
            <strong>{f.label}</strong>: {Object.values(f.mapping).join(", ")}
            {f.inputIncludesCache ? "" : " (input counts uncached tokens only; cache reads and writes are added)"}.
          </li>
        ))}
        <li>
          Anything else, CSV with a header row or JSON Lines: map your columns below. Timestamps can be Unix seconds or
          ISO 8601; token counts are whole numbers.
        </li>
      </ul>
      <UsageForm models={models} maxBytes={MAX_USAGE_BYTES} />
      <p className="muted">
        Prices from {PRICES_DATA.package} {PRICES_DATA.version} (published {PRICES_DATA.publishedOn}), each row at the
        price rule in force at its timestamp, long-context tiers included. Per-request fees, batch discounts and tool or
        search charges are not in usage exports and are not priced.
      </p>
    </>
  );
}
