"use client";

// A widget's chart whose code (the chart, d3-scale and d3-shape) the browser fetches only when the chart comes
// near the screen or the reader first edits the widget, not with the widget: the headline does not wait for it.
// The server renders the chart into the page as before (no Suspense boundary of its own: React 19 would stream
// a boundary this large out of line, hidden until a script shows it, and a reader without JavaScript would
// lose the chart). In the browser the server's chart stays as it is until the code arrives: the box hydrates
// with an innerHTML that React does not compare, then the chart itself replaces it.
import { lazy, useEffect, useRef, useState, type ComponentType } from "react";

type Module<P> = { default: ComponentType<P> };

/** A chart's code: rendered at once on the server, fetched in the browser on `load()`. */
export function onDemand<P extends object>(importer: () => Promise<Module<P>>) {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  return {
    Server: lazy(importer),
    loaded: () => loaded,
    load: () => (loading ??= importer().then((m) => (loaded = m.default))),
  };
}

export function ChartOnDemand<P extends object>({ code, props }: { code: ReturnType<typeof onDemand<P>>; props: P }) {
  const box = useRef<HTMLDivElement>(null);
  const [Chart, setChart] = useState<ComponentType<P> | undefined>(code.loaded);
  useEffect(() => {
    const el = box.current;
    if (Chart || !el) return;
    const request = () => void code.load().then((c) => setChart(() => c));
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && request(), {
      rootMargin: "200px 0px",
    });
    observer.observe(el);
    // An edit redraws the chart with new figures: that needs the code, whether or not the chart is in view.
    const widget = el.closest("section");
    widget?.addEventListener("input", request);
    widget?.addEventListener("change", request);
    return () => {
      observer.disconnect();
      widget?.removeEventListener("input", request);
      widget?.removeEventListener("change", request);
    };
  }, [Chart, code]);

  if (typeof window === "undefined")
    return (
      <div key="chart">
        <code.Server {...props} />
      </div>
    );
  if (!Chart) return <div key="server" ref={box} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: "" }} />;
  return (
    <div key="chart">
      <Chart {...props} />
    </div>
  );
}
