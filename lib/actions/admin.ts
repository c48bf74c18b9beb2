"use server";
import { redirect } from "next/navigation";
import { grantAdminCookie, tokenMatches } from "@/lib/admin";

export async function adminSignInAction(form: FormData): Promise<void> {
  if (!tokenMatches(String(form.get("token") ?? ""))) redirect("/newsletter/admin?error=1");
  await grantAdminCookie();
  redirect("/newsletter/admin");
}
