"use client";

// The reader's display choices, kept in localStorage: dark or light theme (default: the system's),
// and term previews on hover (default: on).
import { useSyncExternalStore } from "react";
import { THEME_KEY } from "@/lib/theme-boot";
import { PREVIEWS_KEY } from "./previews/term-previews";

const listeners = new Set<() => void>();
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};
const notify = () => listeners.forEach((l) => l());

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string) {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  notify();
}

const effectiveTheme = () =>
  document.documentElement.dataset.theme ??
  (window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light");

export function ThemeToggle() {
  const theme = useSyncExternalStore(subscribe, effectiveTheme, () => "light");
  const dark = theme === "dark";
  return (
    <button
      type="button"
      className="quiet"
      aria-pressed={dark}
      onClick={() => {
        const next = dark ? "light" : "dark";
        document.documentElement.dataset.theme = next;
        write(THEME_KEY, next);
      }}
    >
      Dark mode
    </button>
  );
}

export function PreviewsToggle({ className }: { className?: string }) {
  const on = useSyncExternalStore(
    subscribe,
    () => read(PREVIEWS_KEY) !== "off",
    () => true,
  );
  return (
    <label className={className}>
      <input type="checkbox" checked={on} onChange={(e) => write(PREVIEWS_KEY, e.target.checked ? "on" : "off")} /> Show
      term previews on hover and focus
    </label>
  );
}
