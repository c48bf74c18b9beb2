import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CalculatorWidgetFor } from "@/components/calculators/calculator-widget-for";
import { ConfirmDelete } from "@/components/scenarios/confirm-delete";
import { CopyField } from "@/components/scenarios/copy-field";
import { EditScenarioForm } from "@/components/scenarios/edit-scenario-form";
import { duplicateScenarioAction, revokeShareAction, shareScenarioAction } from "@/lib/actions/scenarios";
import { requireUser } from "@/lib/auth";
import { widgetProps } from "@/lib/calculators/server";
import { env } from "@/lib/env.mjs";
import { scenarios } from "@/lib/services";

export const metadata: Metadata = { title: "Scenario", robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> };

export default async function ScenarioPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireUser(`/scenarios/${encodeURIComponent(id)}`);
  const scenario = await scenarios.get(user.id, id);
  if (!scenario) notFound();
  const { done } = await searchParams;
  const shareUrl = scenario.shareToken ? `${env.SITE_URL}/s/${scenario.shareToken}` : undefined;
  return (
    <>
      <p className="eyebrow">
        <Link href="/scenarios">My scenarios</Link>
      </p>
      <h1>{scenario.name}</h1>
      <p className="lead">
        {scenario.calculatorTitle}
        {scenario.headline && (
          <>
            {" · "}
            {scenario.headline.label}: <strong>{scenario.headline.value}</strong>
            {scenario.headline.rate && ` ${scenario.headline.rate}`}
          </>
        )}
      </p>
      {scenario.note && <p className="scenario-note">{scenario.note}</p>}

      <h2>Calculator</h2>
      <p className="muted">
        The saved inputs, restored. Changing them here does not change the saved scenario; save again to keep a variant.
      </p>
      <CalculatorWidgetFor {...widgetProps(scenario.calculatorId, scenario.inputs)} />

      <h2>Name and note</h2>
      <EditScenarioForm id={scenario.id} name={scenario.name} note={scenario.note} />

      <h2 id="share">Share</h2>
      <div role="status">
        {done === "shared" && <p className="form-success">Public link created.</p>}
        {done === "unshared" && (
          <p className="form-success">Sharing stopped: the old link now says it was withdrawn.</p>
        )}
      </div>
      {shareUrl ? (
        <>
          <p>Anyone with this link can see the name, note, inputs and results, but cannot change them.</p>
          <CopyField id="share-url" label="Public link" value={shareUrl} />
          <form action={revokeShareAction} className="actions">
            <input type="hidden" name="id" value={scenario.id} />
            <button type="submit" className="secondary">
              Stop sharing
            </button>
            <a href={`/s/${scenario.shareToken}`}>Open the public page</a>
          </form>
        </>
      ) : (
        <form action={shareScenarioAction} className="actions">
          <input type="hidden" name="id" value={scenario.id} />
          <p>
            Not shared. A public link shows the name, note, inputs and results, read-only; you can stop sharing at any
            time.
          </p>
          <button type="submit">Create a public link</button>
        </form>
      )}

      <h2>More</h2>
      <div className="actions">
        <form action={duplicateScenarioAction}>
          <input type="hidden" name="id" value={scenario.id} />
          <button type="submit" className="secondary">
            Duplicate
          </button>
        </form>
        <ConfirmDelete id={scenario.id} name={scenario.name} />
      </div>
    </>
  );
}
