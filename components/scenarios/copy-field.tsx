"use client";

// A read-only field with a Copy button beside it (the public link of a shared scenario). Without
// JavaScript the field is still there to select and copy by hand; the button needs the Clipboard API.
import { useState, useSyncExternalStore } from "react";
import styles from "@/components/scenarios/scenarios.module.css";

const subscribe = () => () => {};

export function CopyField({ id, label, value }: { id: string; label: string; value: string }) {
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  const [status, setStatus] = useState("");

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setStatus("Link copied.");
    } catch {
      setStatus("Could not copy: select the link and copy it.");
    }
  }

  return (
    <div data-testid="copy-field">
      <label htmlFor={id}>{label}</label>
      <div className={styles.copyRow}>
        <input id={id} className="input" readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
        {hydrated && (
          <button type="button" className="secondary" onClick={copy}>
            Copy link
          </button>
        )}
      </div>
      <p role="status" className={`muted ${styles.copyStatus}`}>
        {status}
      </p>
    </div>
  );
}
