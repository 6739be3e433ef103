import { describe, expect, it } from "vitest";
import { TemplateIdSchema } from "../../plan/ids.js";
import { WORD_LIMITS } from "../word-limits.js";
import { TEMPLATE_CATALOGUE, TEMPLATES } from "./index.js";

describe("template registry", () => {
  it("has exactly one template for every id a plan can name, in id order", () => {
    expect(TEMPLATE_CATALOGUE.map((entry) => entry.id)).toEqual(TemplateIdSchema.options);
    for (const id of TemplateIdSchema.options) expect(TEMPLATES[id].id).toBe(id);
  });

  it("gives each entry its channel's word limit and a title", () => {
    for (const entry of TEMPLATE_CATALOGUE) {
      expect(entry.wordLimit).toBe(WORD_LIMITS[entry.channel]);
      expect(entry.title.length).toBeGreaterThan(0);
    }
  });
});
