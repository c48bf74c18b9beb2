// The social card for a term, rendered to PNG at build time. Satori (behind next/og) reads ttf, otf
// and woff but not woff2, so the .woff files of @fontsource/inter are used.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";
import { getGlossary } from "@/lib/content/load";
import { categories } from "@/lib/content/schema";

export const alt = "An Inference Economics glossary term: its name, category and one-line summary";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

export function generateStaticParams() {
  return getGlossary().terms.map((t) => ({ slug: t.slug }));
}

const fontDir = path.join(process.cwd(), "node_modules", "@fontsource", "inter", "files");
const [interRegular, interBold] = await Promise.all([
  readFile(path.join(fontDir, "inter-latin-400-normal.woff")),
  readFile(path.join(fontDir, "inter-latin-700-normal.woff")),
]);

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const term = getGlossary().bySlug.get((await params).slug);
  if (!term) return new Response("Not found", { status: 404 });
  const category = categories.find((c) => c.id === term.category)?.label ?? term.category;
  const titleSize = term.title.length > 28 ? 68 : 84;

  return new ImageResponse(
    (
      <div
        style={{
          width: "100%",
          height: "100%",
          display: "flex",
          flexDirection: "column",
          justifyContent: "space-between",
          padding: "64px 72px",
          background: "#0f172a",
          color: "#f8fafc",
          fontFamily: "Inter",
        }}
      >
        <div style={{ display: "flex", alignItems: "center", justifyContent: "space-between", fontSize: 30 }}>
          <div style={{ display: "flex", fontWeight: 700, letterSpacing: -0.5 }}>Inference Economics</div>
          <div
            style={{
              display: "flex",
              padding: "8px 22px",
              borderRadius: 999,
              border: "2px solid #38bdf8",
              color: "#7dd3fc",
              fontSize: 26,
            }}
          >
            {category}
          </div>
        </div>
        <div style={{ display: "flex", flexDirection: "column" }}>
          <div style={{ display: "flex", fontSize: titleSize, fontWeight: 700, lineHeight: 1.1, letterSpacing: -1.5 }}>
            {term.title}
          </div>
          <div style={{ display: "flex", marginTop: 28, fontSize: 34, lineHeight: 1.4, color: "#cbd5e1" }}>{term.summary}</div>
        </div>
        <div style={{ display: "flex", fontSize: 24, color: "#94a3b8" }}>Glossary</div>
      </div>
    ),
    {
      ...size,
      fonts: [
        { name: "Inter", data: interRegular, weight: 400, style: "normal" },
        { name: "Inter", data: interBold, weight: 700, style: "normal" },
      ],
    },
  );
}
