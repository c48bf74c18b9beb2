"use client";

// Hover and focus previews for links to glossary terms: a card with the term's summary, shown on hover,
// keyboard focus, or tap-and-hold on touch. Positioned absolutely (no layout shift), dismissed with
// Escape, and switched off by the reader's choice (kept in localStorage).
import { useEffect, useRef, useState } from "react";
import type { SearchEntry } from "@/lib/search";
import { loadSearchIndex } from "../search/search-index";
import styles from "./term-previews.module.css";

export const PREVIEWS_KEY = "ie-previews";
const TERM_LINK = /^\/glossary\/(?!category\/)([a-z0-9-]+)\/?$/;

type Shown = { entry: SearchEntry; top: number; left: number; link: HTMLAnchorElement };

function termLink(target: EventTarget | null): HTMLAnchorElement | undefined {
  const a = target instanceof Element ? target.closest("a") : null;
  if (!a || !a.closest("main") || a.closest("#term-preview")) return undefined;
  const href = a.getAttribute("href") ?? "";
  return TERM_LINK.test(href) ? a : undefined;
}

const previewsOff = () => {
  try {
    return localStorage.getItem(PREVIEWS_KEY) === "off";
  } catch {
    return false;
  }
};

export function TermPreviews() {
  const [shown, setShown] = useState<Shown>();
  const hideTimer = useRef<number | undefined>(undefined);
  const pressTimer = useRef<number | undefined>(undefined);

  useEffect(() => {
    // Lets tests (and anyone curious) know the page's event handlers are attached.
    document.documentElement.dataset.hydrated = "";
    async function show(link: HTMLAnchorElement) {
      if (previewsOff()) return;
      window.clearTimeout(hideTimer.current);
      const slug = TERM_LINK.exec(link.getAttribute("href") ?? "")?.[1];
      const entries = await loadSearchIndex().catch(() => []);
      const entry = entries.find((e) => e.kind === "term" && e.href === `/glossary/${slug}`);
      if (!entry || window.location.pathname === `/glossary/${slug}`) return;
      const rect = link.getBoundingClientRect();
      const left = Math.max(
        8,
        Math.min(rect.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - 328),
      );
      setShown({ entry, link, top: rect.bottom + window.scrollY + 6, left });
    }
    const hideSoon = () => {
      window.clearTimeout(hideTimer.current);
      hideTimer.current = window.setTimeout(() => setShown(undefined), 150);
    };
    const onOver = (e: Event) => {
      const link = termLink(e.target);
      if (link) void show(link);
      else if (e.target instanceof Element && e.target.closest("#term-preview")) window.clearTimeout(hideTimer.current);
    };
    const onOut = (e: Event) => {
      if (termLink(e.target) || (e.target instanceof Element && e.target.closest("#term-preview"))) hideSoon();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") setShown(undefined);
    };
    const onTouchStart = (e: TouchEvent) => {
      const link = termLink(e.target);
      if (!link) return;
      pressTimer.current = window.setTimeout(() => void show(link), 500);
    };
    const cancelPress = () => window.clearTimeout(pressTimer.current);
    document.addEventListener("mouseover", onOver);
    document.addEventListener("mouseout", onOut);
    document.addEventListener("focusin", onOver);
    document.addEventListener("focusout", onOut);
    document.addEventListener("keydown", onKey);
    document.addEventListener("touchstart", onTouchStart, { passive: true });
    document.addEventListener("touchend", cancelPress);
    document.addEventListener("touchmove", cancelPress, { passive: true });
    return () => {
      document.removeEventListener("mouseover", onOver);
      document.removeEventListener("mouseout", onOut);
      document.removeEventListener("focusin", onOver);
      document.removeEventListener("focusout", onOut);
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("touchstart", onTouchStart);
      document.removeEventListener("touchend", cancelPress);
      document.removeEventListener("touchmove", cancelPress);
    };
  }, []);

  // The link names its preview while it is shown, so screen readers announce the summary too.
  useEffect(() => {
    if (!shown) return;
    shown.link.setAttribute("aria-describedby", "term-preview");
    return () => shown.link.removeAttribute("aria-describedby");
  }, [shown]);

  if (!shown) return null;
  return (
    <div id="term-preview" role="tooltip" className={styles.preview} style={{ top: shown.top, left: shown.left }}>
      <strong>{shown.entry.title}</strong>
      <span>{shown.entry.summary}</span>
    </div>
  );
}
