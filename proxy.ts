// Routes the one-click unsubscribe POST (RFC 8058) to its route handler, so the List-Unsubscribe URL
// and the page a person sees share one address: GET renders the page, POST unsubscribes.
import { type NextRequest, NextResponse } from "next/server";

export function proxy(request: NextRequest) {
  if (request.method === "POST") {
    const target = request.nextUrl.clone();
    target.pathname = "/api/newsletter/unsubscribe";
    return NextResponse.rewrite(target);
  }
  return NextResponse.next();
}

export const config = { matcher: "/newsletter/unsubscribe" };
