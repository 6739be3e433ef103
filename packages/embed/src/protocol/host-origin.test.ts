import { describe, expect, it } from "vitest";
import { resolveHostOrigin } from "./host-origin.js";

const param = `?key=pk_x&host=${encodeURIComponent("https://agency.example")}`;

describe("resolveHostOrigin", () => {
  it("prefers the browser's ancestorOrigins and accepts a matching parameter", () => {
    expect(
      resolveHostOrigin({
        search: param,
        referrer: "",
        ancestorOrigins: ["https://agency.example"],
      }),
    ).toBe("https://agency.example");
  });

  it("falls back to the referrer's origin, then to the parameter", () => {
    expect(resolveHostOrigin({ search: "", referrer: "https://agency.example/" })).toBe(
      "https://agency.example",
    );
    expect(resolveHostOrigin({ search: param, referrer: "" })).toBe("https://agency.example");
  });

  it("refuses a parameter that contradicts the browser", () => {
    expect(
      resolveHostOrigin({ search: param, referrer: "", ancestorOrigins: ["https://evil.example"] }),
    ).toBeNull();
    expect(resolveHostOrigin({ search: param, referrer: "https://evil.example/" })).toBeNull();
  });

  it("refuses a parameter that is not a bare http(s) origin", () => {
    expect(
      resolveHostOrigin({ search: "?host=https://agency.example/path", referrer: "" }),
    ).toBeNull();
    expect(resolveHostOrigin({ search: "?host=javascript:alert(1)", referrer: "" })).toBeNull();
    expect(resolveHostOrigin({ search: "", referrer: "" })).toBeNull();
  });
});
