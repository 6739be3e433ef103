import { describe, expect, it } from "vitest";
import { parseDebrief, parseDebriefDraft } from "./parse.js";

const minimal = { interview: { endedAt: "2026-11-21T10:00:00Z" }, organisation: { name: "Acme" } };

describe("parseDebrief", () => {
  it("fills every default from a minimal debrief", () => {
    const result = parseDebrief(minimal);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.candidacy.status).toBe("waiting");
    expect(result.value.standing.strength).toBe("unknown");
    expect(result.value.slips).toEqual([]);
    expect(result.value.organisation.size).toBe("unknown");
  });

  it("returns each field path and a message a person can act on", () => {
    const result = parseDebrief({
      interview: { endedAt: "yesterday" },
      organisation: { name: "" },
      slips: [{ what: "x".repeat(201), kind: "tripped" }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.error.issues.map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "interview.endedAt",
        "organisation.name",
        "slips.0.what",
        "slips.0.kind",
      ]),
    );
    expect(result.error.issues.find((i) => i.path === "slips.0.what")?.message).toMatch(
      /under 200 characters/,
    );
    expect(result.error.message).toMatch(/^The debrief is not valid\./);
  });

  it.each([null, undefined, 42, "text", [], { interview: null }])("never throws on %j", (input) => {
    expect(() => parseDebrief(input)).not.toThrow();
    expect(parseDebrief(input).ok).toBe(false);
  });
});

describe("parseDebriefDraft", () => {
  it("accepts an empty draft and a half-filled slip-up", () => {
    expect(parseDebriefDraft({}).ok).toBe(true);
    expect(parseDebriefDraft({ slips: [{ kind: "late" }] }).ok).toBe(true);
  });

  it("still enforces limits on what is present", () => {
    const result = parseDebriefDraft({ organisation: { name: "x".repeat(81) } });
    expect(result.ok).toBe(false);
  });
});
