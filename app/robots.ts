import type { MetadataRoute } from "next";
import { env } from "@/lib/env.mjs";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: ["/api/", "/newsletter/admin", "/newsletter/confirm", "/newsletter/unsubscribe"],
    },
    sitemap: `${env.SITE_URL}/sitemap.xml`,
  };
}
