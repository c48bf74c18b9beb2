"use client";

// A widget's chart whose code (the chart, d3-scale and d3-shape) the browser fetches only when the chart comes
// near the screen or the reader first edits the widget, not with the widget: the headline does not wait for it.
// The server renders the chart into the page as before, so it is there without JavaScript; in the browser,
// React keeps that server-rendered chart in place while its code is on the way (a suspended boundary keeps
// its server HTML until it can hydrate), so the reader sees the same chart before and after.
import { Suspense, useEffect, useRef, type ReactNode } from "react";

/** Code fetched once asked for: on the server at once (it renders the chart), in the browser on `request()`. */
export function onDemand<T>(importer: () => Promise<T>) {
  let request = () => {};
  const requested =
    typeof window === "undefined" ? Promise.resolve() : new Promise<void>((resolve) => (request = resolve));
  return { request: () => request(), load: () => requested.then(importer) };
}

/** The box a lazy chart renders in: asks for its code when it nears the viewport or the widget is edited. */
export function ChartOnDemand({ request, children }: { request: () => void; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && request(), {
      rootMargin: "200px 0px",
    });
    observer.observe(el);
    // An edit redraws the chart with new figures: that render needs the code, whether or not the chart is in view.
    const widget = el.closest("section");
    widget?.addEventListener("input", request);
    widget?.addEventListener("change", request);
    return () => {
      observer.disconnect();
      widget?.removeEventListener("input", request);
      widget?.removeEventListener("change", request);
    };
  }, [request]);
  return (
    <div ref={box}>
      <Suspense fallback={null}>{children}</Suspense>
    </div>
  );
}
