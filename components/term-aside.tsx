// The term page's side column (sticky beside the text on wide screens): the page's sections, and for a
// hardware term the GPU's key figures from gpus.json, each price with its tier, date and source.
import { loadDatasets, type Gpu } from "@/lib/content/datasets";
import type { Term } from "@/lib/content/terms";
import { GPU_PRICE_TIERS } from "@/lib/economics/gpu-price-tiers";
import { formatUsd } from "@/lib/format";
import { headingId } from "@/mdx-components";
import styles from "./term-aside.module.css";

/** Hardware terms whose key figures are a row of gpus.json. */
const GPU_OF_TERM: Record<string, string> = {
  h100: "h100-sxm",
  h200: "h200-sxm",
  b200: "b200",
  mi300x: "mi300x",
  "gb200-nvl72": "gb200-nvl72",
};

/** The level-2 and level-3 headings of a term's MDX body, with the ids the page gives them. */
export function bodyHeadings(body: string): { level: 2 | 3; text: string; id: string }[] {
  return [...body.matchAll(/^(##|###) +(.+?)\s*$/gm)].map((m) => ({
    level: m[1] === "##" ? 2 : 3,
    text: m[2]!,
    id: headingId(m[2]),
  }));
}

function KeyFigures({ gpu }: { gpu: Gpu }) {
  const tierLabel = (id: string) => GPU_PRICE_TIERS.find((t) => t.id === id)?.label ?? id;
  return (
    <section aria-labelledby="key-figures" className={styles.block}>
      <h2 id="key-figures">Key figures: {gpu.name}</h2>
      <dl className={styles.keyFigures}>
        <dt>Memory</dt>
        <dd>
          {gpu.memoryGB} GB {gpu.memoryType}
        </dd>
        <dt>Bandwidth</dt>
        <dd>{(gpu.bandwidthGBs / 1000).toLocaleString("en-US", { maximumFractionDigits: 2 })} TB/s</dd>
        <dt>Dense BF16</dt>
        <dd>{gpu.bf16DenseTflops.toLocaleString("en-US")} TFLOPS</dd>
        {gpu.fp8DenseTflops !== undefined && (
          <>
            <dt>Dense FP8</dt>
            <dd>{gpu.fp8DenseTflops.toLocaleString("en-US")} TFLOPS</dd>
          </>
        )}
        {gpu.prices?.map((p) => (
          <div key={p.tier}>
            <dt>{tierLabel(p.tier)}</dt>
            <dd>
              {formatUsd(p.usdPerGpuHour)} per GPU-hour{" "}
              <span className="muted">
                (<a href={p.source.url}>{p.asOf}</a>)
              </span>
            </dd>
          </div>
        ))}
      </dl>
      <p className="muted">
        Specs: <a href={gpu.source.url}>{gpu.source.title}</a>.
      </p>
    </section>
  );
}

export function TermAside({ term, extraSections }: { term: Term; extraSections: { id: string; text: string }[] }) {
  const gpuId = GPU_OF_TERM[term.slug];
  const gpu = gpuId ? loadDatasets().gpus.find((g) => g.id === gpuId) : undefined;
  const headings = bodyHeadings(term.body);
  return (
    <aside className={styles.aside} aria-label="On this page">
      <nav aria-labelledby="toc-heading" className={styles.block}>
        <h2 id="toc-heading">On this page</h2>
        <ol className={styles.toc}>
          <li>
            <a href="#in-short-heading">In short</a>
          </li>
          {headings.map((h) => (
            <li key={h.id} className={h.level === 3 ? styles.sub : undefined}>
              <a href={`#${h.id}`}>{h.text}</a>
            </li>
          ))}
          {extraSections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.text}</a>
            </li>
          ))}
        </ol>
      </nav>
      {gpu && <KeyFigures gpu={gpu} />}
    </aside>
  );
}
