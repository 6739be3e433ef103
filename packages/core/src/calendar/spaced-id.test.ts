import { describe, expect, it } from "vitest";
import { ChannelSchema, StrategyIdSchema, TemplateIdSchema } from "../plan/ids.js";
import { spaced, spacedByRegex } from "./spaced-id.js";

describe("spaced", () => {
  it("is the regex replacement for every id a reminder can name", () => {
    for (const id of [
      ...ChannelSchema.options,
      ...StrategyIdSchema.options,
      ...TemplateIdSchema.options,
    ]) {
      expect(spaced(id)).toBe(spacedByRegex(id));
    }
    expect(spaced("thank-you-email")).toBe("thank you email");
  });
});
