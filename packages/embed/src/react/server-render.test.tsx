// @vitest-environment node
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ReboundWidget } from "./rebound-widget.js";

describe("server rendering", () => {
  it("renders without a browser: an empty box for inline, nothing for the popup", () => {
    expect(typeof window).toBe("undefined");
    const inline = renderToString(
      <ReboundWidget origin="https://rebound.example" agencyKey="pk_test_agency01" mode="inline" />,
    );
    expect(inline).toBe("<div></div>");
    const popup = renderToString(
      <ReboundWidget origin="https://rebound.example" agencyKey="pk_test_agency01" mode="popup" />,
    );
    expect(popup).toBe("");
  });
});
