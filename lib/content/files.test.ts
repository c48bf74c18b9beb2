import { describe, expect, it } from "vitest";
import { oncePerProcess } from "./files";

describe("oncePerProcess", () => {
  it("in production, loads once however many pages ask", () => {
    let loads = 0;
    const get = oncePerProcess(() => ({ n: ++loads }), true);
    expect([get(), get(), get()].map((v) => v.n)).toEqual([1, 1, 1]);
    expect(loads).toBe(1);
  });

  it("does not remember a failed load: the error repeats until the content is fixed", () => {
    let calls = 0;
    const get = oncePerProcess(() => {
      calls++;
      throw new Error("content/terms/bad.mdx: title: required");
    }, true);
    expect(get).toThrow("content/terms/bad.mdx");
    expect(get).toThrow("content/terms/bad.mdx");
    expect(calls).toBe(2);
  });

  it("in development, loads again outside a request (edits show on reload)", () => {
    let loads = 0;
    const get = oncePerProcess(() => ++loads, false);
    get();
    get();
    expect(loads).toBe(2);
  });
});
