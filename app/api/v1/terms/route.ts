import { getGlossary } from "@/lib/content/load";
import { env } from "@/lib/env.mjs";
import { toTermDto } from "@/lib/publish/term-dto";

export const dynamic = "force-static";

export function GET() {
  const terms = getGlossary().terms.map((t) => toTermDto(t, env.SITE_URL));
  return Response.json({ terms, count: terms.length });
}
