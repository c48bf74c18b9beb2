// One-click unsubscribe (RFC 8058): a cookie-less POST to the List-Unsubscribe URL. proxy.ts routes
// POST /newsletter/unsubscribe here. The token in the URL is the only credential.
import { newsletter } from "@/lib/services";

export async function POST(request: Request) {
  const url = new URL(request.url);
  const token = url.searchParams.get("token") ?? "";
  const result = await newsletter.unsubscribe(token);
  const fromBrowserForm = (request.headers.get("accept") ?? "").includes("text/html");
  if (result === "invalid") {
    return new Response("This unsubscribe link is not valid.\n", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  if (fromBrowserForm) {
    return new Response(null, { status: 303, headers: { Location: "/newsletter/unsubscribe?done=1" } });
  }
  return new Response("Unsubscribed.\n", { status: 200, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
