import { describe, expect, it } from "vitest";
import { queryList, queryValues } from "./search-params";

describe("queryValues", () => {
  it("takes the last of repeated names, from a page's searchParams and from URLSearchParams alike", () => {
    expect(queryValues({ a: ["1", "2", "3"], b: "x", c: undefined })).toEqual({ a: "3", b: "x" });
    expect(queryValues(new URLSearchParams("a=1&b=x&a=3"))).toEqual({ a: "3", b: "x" });
  });

  it("keeps __proto__ and constructor as own keys, so validation sees them", () => {
    const values = queryValues(new URLSearchParams("__proto__=1&constructor=2"));
    expect(Object.hasOwn(values, "__proto__")).toBe(true);
    expect(Object.keys(values)).toEqual(["__proto__", "constructor"]);
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
  });

  it("leaves out the names it is told to", () => {
    expect(queryValues({ saved: "abc", gpu: "h100-sxm" }, ["saved"])).toEqual({ gpu: "h100-sxm" });
  });
});

describe("queryList", () => {
  it("lists every value of one name in order, from either shape", () => {
    expect(queryList({ ids: ["b", "a"], x: "1" }, "ids")).toEqual(["b", "a"]);
    expect(queryList({ ids: "a" }, "ids")).toEqual(["a"]);
    expect(queryList({}, "ids")).toEqual([]);
    expect(queryList(new URLSearchParams("ids=c&x=1&ids=d"), "ids")).toEqual(["c", "d"]);
  });
});
