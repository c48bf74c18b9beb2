"use client";

// The ⌘K / Ctrl+K search: a header button and a global shortcut open a modal dialog. The dialog's
// code and the index load on first use, not with the page.
import dynamic from "next/dynamic";
import { useEffect, useRef, useState } from "react";
import styles from "./search.module.css";

const SearchCombobox = dynamic(() => import("./search-combobox").then((m) => m.SearchCombobox), { ssr: false });

export function SearchDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.metaKey || e.ctrlKey) && e.key.toLowerCase() === "k") {
        e.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  return (
    <>
      <button
        type="button"
        className={`quiet ${styles.searchButton}`}
        onClick={() => setOpen(true)}
        aria-keyshortcuts="Control+K Meta+K"
      >
        Search <kbd>Ctrl K</kbd>
      </button>
      <dialog ref={dialog} className={styles.dialog} aria-label="Search the site" onClose={() => setOpen(false)}>
        {open && (
          <SearchCombobox
            label="Search terms, calculators and model prices"
            placeholder="e.g. ttft, memory, llama 70b, opus"
            autoFocus
            onNavigate={() => setOpen(false)}
          />
        )}
        <form method="dialog">
          <button type="submit" className="secondary">
            Close
          </button>
        </form>
      </dialog>
    </>
  );
}
