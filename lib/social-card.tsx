// The site's social card (Open Graph PNG) through next/og. Satori reads ttf, otf and woff but not
// woff2, so the .woff files of @fontsource/inter are used.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";

export const cardSize = { width: 1200, height: 630 };

const fontDir = path.join(process.cwd(), "node_modules", "@fontsource", "inter", "files");
const fonts = Promise.all([
  readFile(path.join(fontDir, "inter-latin-400-normal.woff")),
  readFile(path.join(fontDir, "inter-latin-700-normal.woff")),
]);

export async function socialCard({ badge, title, body, footer }: { badge: string; title: string; body: string; footer: string }) {
  const [interRegular, interBold] = await fonts;
  const titleSize = title.length > 28 ? 68 : 84;
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
          <div style={{ display: "flex", padding: "8px 22px", borderRadius: 999, border: "2px solid #38bdf8", color: "#7dd3fc", fontSize: 26 }}>
            {badge}
          </div>
        </div>
        <div style={{ display: "flex", flexDirection: "column" }}>
          <div style={{ display: "flex", fontSize: titleSize, fontWeight: 700, lineHeight: 1.1, letterSpacing: -1.5 }}>{title}</div>
          <div style={{ display: "flex", marginTop: 28, fontSize: 34, lineHeight: 1.4, color: "#cbd5e1" }}>{body}</div>
        </div>
        <div style={{ display: "flex", fontSize: 24, color: "#94a3b8" }}>{footer}</div>
      </div>
    ),
    {
      ...cardSize,
      fonts: [
        { name: "Inter", data: interRegular, weight: 400, style: "normal" },
        { name: "Inter", data: interBold, weight: 700, style: "normal" },
      ],
    },
  );
}
