// Where sign-in returns to after "Save scenario" was pressed signed out. In the browser that started
// the save (its one-time cookie matches), the save completes here and the reader goes back to the
// calculator. Anywhere else, /scenarios/new shows the same inputs with a Save button. A GET that writes,
// so it also refuses to write when another site sent the browser here (Sec-Fetch-Site): the redirect
// chain from our sign-in is same-origin; a link elsewhere is not.
import type { NextRequest } from "next/server";
import { currentUser, signInPath } from "@/lib/auth";
import { finishPendingSave } from "@/lib/scenarios/save";
import { sentByAnotherSite } from "@/lib/server/http";

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const here = `/scenarios/resume?${params}`;
  // Relative Locations: Next.js gives route handlers a "localhost" URL whatever host was used.
  const redirect = (to: string) => new Response(null, { status: 303, headers: { Location: to } });
  if (!(await currentUser())) return redirect(signInPath(here));
  const done = sentByAnotherSite(request) ? null : await finishPendingSave(params);
  const next = new URLSearchParams(params);
  next.delete("n");
  return redirect(done ?? `/scenarios/new?${next}`);
}
