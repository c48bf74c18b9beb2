"use client";

// The only script the charts use: a tap or click on a point focuses it (Safari does not focus on click),
// which shows its tooltip; Escape hides the tooltip without moving focus. Installed once per page.
import { useEffect } from "react";

const POINT = "[data-chart-point]";
let installed = false;

export function ChartTouch() {
  useEffect(() => {
    if (installed) return;
    installed = true;
    const onClick = (event: MouseEvent) => {
      const point = event.target instanceof Element ? event.target.closest(POINT) : null;
      if (point instanceof HTMLElement) point.focus();
    };
    const onKey = (event: KeyboardEvent) => {
      const active = document.activeElement;
      if (event.key === "Escape" && active instanceof HTMLElement && active.matches(POINT))
        active.dataset.tipHidden = "";
    };
    const onBlur = (event: FocusEvent) => {
      if (event.target instanceof HTMLElement && event.target.matches(POINT)) delete event.target.dataset.tipHidden;
    };
    document.addEventListener("click", onClick);
    document.addEventListener("keydown", onKey);
    document.addEventListener("focusout", onBlur);
    return () => {
      installed = false;
      document.removeEventListener("click", onClick);
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("focusout", onBlur);
    };
  }, []);
  return null;
}
