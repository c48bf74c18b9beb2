// JSON signup for scripts and the load benchmark; the forms use the server action. Same service,
// same validation, same answer whether or not the address is already known.
import { clientIp, mutationBody } from "@/lib/server/http";
import { newsletter } from "@/lib/services";
import { signupSchema } from "@/lib/validations/newsletter";

const MAX_BODY = 4096;

export async function POST(request: Request) {
  const read = await mutationBody(request, MAX_BODY);
  if ("refused" in read) return read.refused;
  let body: unknown;
  try {
    body = JSON.parse(read.text);
  } catch {
    return Response.json(
      { error: { message: "Body must be JSON.", issues: [{ param: "(body)", message: "not valid JSON" }] } },
      { status: 400 },
    );
  }
  const parsed = signupSchema.safeParse(body);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ param: String(i.path[0] ?? "(body)"), message: i.message }));
    return Response.json(
      { error: { message: `Invalid input: ${issues.map((i) => i.param).join(", ")}`, issues } },
      { status: 400 },
    );
  }
  const result = await newsletter.subscribe(parsed.data, clientIp(request.headers));
  if (result.ok) return Response.json({ ok: true, message: "Check your inbox to confirm." }, { status: 202 });
  return Response.json({ error: { message: "Too many attempts; try again later." } }, { status: 429 });
}
