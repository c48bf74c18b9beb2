// The site's social card (Open Graph PNG) through next/og, drawn with bundled fonts only (lib/card-fonts).
import { ImageResponse } from "next/og";
import { cardGlyphs } from "@/lib/card-fonts";

export const cardSize = { width: 1200, height: 630 };

export async function socialCard(text: { badge: string; title: string; body: string; footer: string }) {
  const { texts, fonts } = await cardGlyphs(text);
  const { badge, title, body, footer } = texts;
  const titleSize = title.length > 28 ? 68 : 84;
  return new ImageResponse(
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
          {badge}
        </div>
      </div>
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ display: "flex", fontSize: titleSize, fontWeight: 700, lineHeight: 1.1, letterSpacing: -1.5 }}>
          {title}
        </div>
        <div style={{ display: "flex", marginTop: 28, fontSize: 34, lineHeight: 1.4, color: "#cbd5e1" }}>{body}</div>
      </div>
      <div style={{ display: "flex", fontSize: 24, color: "#94a3b8" }}>{footer}</div>
    </div>,
    {
      ...cardSize,
      fonts,
    },
  );
}
