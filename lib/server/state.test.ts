import { describe, expect, it } from "vitest";
import { config } from "@/proxy";
import {
  isDraining,
  onShutdown,
  runShutdownHooks,
  startDraining,
  STATIC_CSP_HEADER,
  staticPolicies,
} from "./state.mjs";

describe("server state shared by scripts/server.mjs and the app", () => {
  it("proxy.ts's matcher skips exactly the requests the server marks", () => {
    expect(config.matcher[0]!.missing).toEqual([{ type: "header", key: STATIC_CSP_HEADER }]);
  });

  it("lives on globalThis, so a second copy of the module (another bundle) sees the same state", async () => {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- `as string` keeps TypeScript from resolving the ?copy specifier
    const other = await import("./state.mjs?copy" as string);
    expect(other.staticPolicies()).toBe(staticPolicies());
    expect(isDraining()).toBe(false);
    startDraining();
    expect(other.isDraining()).toBe(true);
  });

  it("runs every shutdown hook and returns the failures", async () => {
    const ran: string[] = [];
    onShutdown(async () => void ran.push("db"));
    onShutdown(async () => {
      throw new Error("mail pool");
    });
    const failures = await runShutdownHooks();
    expect(ran).toEqual(["db"]);
    expect(failures.map(String)).toEqual(["Error: mail pool"]);
  });
});
