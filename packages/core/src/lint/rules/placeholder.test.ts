import { describe, expect, it } from "vitest";
import { findingsOf, fixAll, flaggedText } from "../../test-support/lint-harness.js";

const known = {
  interviewers: [{ name: "Marie Dubois", recipient: true }],
  organisation: { name: "Hartley & Price LLP", role: "Audit Senior" },
  candidate: { name: "Sam Okafor" },
} as const;

describe("lint placeholder", () => {
  it.each([
    { text: "Dear [Name],", flagged: ["[Name]"], fixed: "Dear Marie Dubois," },
    {
      text: "I'd love to join {{company}}.",
      flagged: ["{{company}}"],
      fixed: "I'd love to join Hartley & Price LLP.",
    },
    { text: "The <Role> position.", flagged: ["<Role>"], fixed: "The Audit Senior position." },
    {
      text: "Best wishes, [Your Name]",
      flagged: ["[Your Name]"],
      fixed: "Best wishes, Sam Okafor",
    },
    { text: "I led TODO projects.", flagged: ["TODO"], fixed: "I led TODO projects." },
    { text: "A stray {{ brace.", flagged: ["{{"], fixed: "A stray {{ brace." },
    {
      text: "Thank you, Marie. I enjoyed the case study (and the coffee).",
      flagged: [],
      fixed: "Thank you, Marie. I enjoyed the case study (and the coffee).",
    },
  ])("$text", ({ text, flagged, fixed }) => {
    const findings = findingsOf("placeholder", text, { overrides: known });
    expect(flaggedText(text, findings)).toEqual(flagged);
    expect(fixAll(text, findings)).toBe(fixed);
  });

  it("leaves what the person typed alone, however it is shaped", () => {
    const overrides = { ...known, interviewers: [{ name: "<script>", recipient: true }] };
    expect(findingsOf("placeholder", "Dear <script>, thank you.", { overrides })).toEqual([]);
    expect(
      flaggedText(
        "Dear <script>, <Role>",
        findingsOf("placeholder", "Dear <script>, <Role>", { overrides }),
      ),
    ).toEqual(["<Role>"]);
  });

  it("without the detail in the debrief, it suggests filling it in and offers no fix", () => {
    const [finding] = findingsOf("placeholder", "Dear [Name],");
    expect(finding?.suggestion).toBe("Replace it with the real detail, or remove it.");
    expect(finding?.replacement).toBeUndefined();
  });
});
