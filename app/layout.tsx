// Global styles first (tokens, element defaults, the control family), so component modules come after.
import "./tokens.css";
import "./globals.css";
import "@/components/ui/base.css";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { TermPreviews } from "@/components/previews/term-previews";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import layout from "@/components/ui/layout.module.css";
import { env } from "@/lib/env.mjs";
import { themeBootScript } from "@/lib/theme-boot";

export const metadata: Metadata = {
  metadataBase: new URL(env.SITE_URL),
  title: { default: "Inference Economics", template: "%s · Inference Economics" },
  description: "The costs, prices and margins of running AI models in production, explained with live numbers.",
  alternates: { types: { "application/atom+xml": "/feed.xml" } },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeBootScript }} />
      </head>
      <body>
        <SiteHeader />
        <main id="main" className={`${layout.container} ${layout.main}`}>
          {children}
          <TermPreviews />
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
