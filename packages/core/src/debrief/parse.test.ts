import fc from "fast-check";
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

  // One bad field at a time over a valid debrief: its path and a reason a person can act on.
  it.each([
    {
      field: { candidacy: { status: "maybe" } },
      path: "candidacy.status",
      reason: /^Choose one of "waiting", "rejected", "offer", "unknown"\.$/,
    },
    {
      field: { interview: { endedAt: "2026-11-21T10:00:00" } },
      path: "interview.endedAt",
      reason: /such as 2026-11-21T10:30:00Z/,
    },
    {
      field: { interview: { endedAt: "2026-11-21T10:00:00Z", severity: 3 } },
      path: "interview.severity",
      reason: /^Choose one of/,
    },
    {
      field: { organisation: { name: "Acme", size: "huge" } },
      path: "organisation.size",
      reason: /"mid-sized"/,
    },
    {
      field: { organisation: { name: "Acme", values: "integrity" } },
      path: "organisation.values",
      reason: /must be a list/,
    },
    {
      field: { organisation: { name: "Acme", values: Array(6).fill("integrity") } },
      path: "organisation.values",
      reason: /at most 5/,
    },
    {
      field: { career: { yearsExperience: "five" } },
      path: "career.yearsExperience",
      reason: /must be a number/,
    },
    {
      field: { career: { yearsExperience: 2.5 } },
      path: "career.yearsExperience",
      reason: /whole number/,
    },
    {
      field: { career: { yearsExperience: -1 } },
      path: "career.yearsExperience",
      reason: /cannot be negative/,
    },
    {
      field: { slips: Array.from({ length: 21 }, () => ({ what: "x" })) },
      path: "slips",
      reason: /at most 20 slip-ups/,
    },
    { field: { slips: "none" }, path: "slips", reason: /must be a list/ },
    {
      field: { slips: [{ what: "x", noticed: "maybe" }] },
      path: "slips.0.noticed",
      reason: /"certain", "unsure", "no"/,
    },
    {
      field: { slips: [{ what: "x", apologisedInPerson: "no" }] },
      path: "slips.0.apologisedInPerson",
      reason: /true or false/,
    },
    { field: { slips: [{ kind: "late" }] }, path: "slips.0.what", reason: /required/ },
    {
      field: { reflection: { wentWell: ["  "] } },
      path: "reflection.wentWell.0",
      reason: /What went well is required/,
    },
    {
      field: { interviewers: [{ name: "Marie", email: "marie-at-acme" }] },
      path: "interviewers.0.email",
      reason: /email address such as/,
    },
    {
      field: { followUps: [{ sentAt: "last week" }] },
      path: "followUps.0.sentAt",
      reason: /When you sent it must be a date and time/,
    },
    {
      field: { circumstance: { disclose: true } },
      path: "circumstance.description",
      reason: /required/,
    },
    {
      field: { reference: { name: "   " } },
      path: "reference.name",
      reason: /Reference name is required/,
    },
  ])("$path: $reason", ({ field, path, reason }) => {
    const result = parseDebrief({ ...minimal, ...field });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe("invalid-input");
    expect(result.error.issues).toEqual([
      { path, message: expect.stringMatching(reason) as string },
    ]);
  });

  it("names each missing section, and the whole input when it is not an object", () => {
    const empty = parseDebrief({});
    expect(empty.ok ? [] : empty.error.issues).toEqual([
      { path: "interview", message: "Invalid input: this is required." },
      { path: "organisation", message: "Invalid input: this is required." },
    ]);
    const notAnObject = parseDebrief(null);
    expect(notAnObject.ok ? [] : notAnObject.error.issues).toEqual([
      { path: "", message: "This must be a group of answers (an object)." },
    ]);
  });

  it("summarises at most three problems in its message", () => {
    const result = parseDebrief({
      interview: { endedAt: "soon", severity: "awful" },
      organisation: { name: "", size: "huge" },
      candidacy: { status: "maybe" },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues).toHaveLength(5);
    expect(result.error.message).toMatch(/\(and 2 more\)$/);
  });

  it.each([null, undefined, 42, "text", [], { interview: null }])("never throws on %j", (input) => {
    expect(() => parseDebrief(input)).not.toThrow();
    expect(parseDebrief(input).ok).toBe(false);
  });
});

describe("parseDebrief on anything", () => {
  // Shaped like a debrief (so parsing gets deep), with any JSON in any field.
  const almostDebrief = fc.record(
    {
      interview: fc.oneof(
        fc.record({ endedAt: fc.oneof(fc.string(), fc.constant("2026-11-21T10:00:00Z")) }),
        fc.jsonValue(),
      ),
      organisation: fc.oneof(fc.record({ name: fc.string() }), fc.jsonValue()),
      slips: fc.oneof(
        fc.array(fc.dictionary(fc.constantFrom("what", "kind", "noticed"), fc.jsonValue())),
        fc.jsonValue(),
      ),
      candidacy: fc.jsonValue(),
      career: fc.jsonValue(),
    },
    { requiredKeys: [] },
  );

  it("returns ok or a typed error with a path and a message per issue, and never throws", () => {
    fc.assert(
      fc.property(fc.oneof(almostDebrief, fc.jsonValue()), (input) => {
        const result = parseDebrief(input);
        if (result.ok) return;
        expect(result.error.kind).toBe("invalid-input");
        expect(result.error.issues.length).toBeGreaterThan(0);
        for (const issue of result.error.issues) expect(issue.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("parseDebriefDraft", () => {
  it("accepts an empty draft and a half-filled slip-up", () => {
    expect(parseDebriefDraft({}).ok).toBe(true);
    expect(parseDebriefDraft({ slips: [{ kind: "late" }] }).ok).toBe(true);
  });

  it("names the field and the options it accepts", () => {
    const result = parseDebriefDraft({ candidacy: { status: "maybe" } });
    expect(result.ok ? [] : result.error.issues).toEqual([
      {
        path: "candidacy.status",
        message: 'Choose one of "waiting", "rejected", "offer", "unknown".',
      },
    ]);
  });

  it("still enforces limits on what is present", () => {
    const result = parseDebriefDraft({ organisation: { name: "x".repeat(81) } });
    expect(result.ok).toBe(false);
  });
});

describe("parseDebrief: what issue 10 added", () => {
  it("keeps a debrief stored before the new fields parsing, with nothing invented for them", () => {
    const stored = {
      ...minimal,
      interviewers: [{ name: "Marie Dubois", recipient: true }],
      slips: [{ what: "Called her Mary", kind: "wrong-name", noticed: "certain" }],
      circumstance: { description: "My father was in hospital", disclose: true },
    };
    const result = parseDebrief(stored);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.timeZone).toBeUndefined();
    expect(result.value.interviewers[0]).not.toHaveProperty("address");
    expect(result.value.slips[0]).not.toHaveProperty("forEmployer");
    expect(result.value.circumstance).not.toHaveProperty("forEmployer");
  });

  it("takes an address per interviewer, words for the employer and an IANA time zone", () => {
    const result = parseDebrief({
      ...minimal,
      interviewers: [{ name: "José Álvarez", honorific: "Ms", address: "Ms Álvarez" }],
      slips: [{ what: "x", forEmployer: "I'm sorry I took a call during our meeting." }],
      circumstance: { description: "y", disclose: true, forEmployer: "A family emergency." },
      timeZone: "Europe/Paris",
    });
    expect(result.ok ? result.value.timeZone : result.error.message).toBe("Europe/Paris");
  });

  it.each(["Mars/Olympus", "+05:30", "Europe/Paris; DROP", ""])(
    "refuses %j as a time zone, naming the field",
    (timeZone) => {
      const result = parseDebrief({ ...minimal, timeZone });
      expect(result.ok ? [] : result.error.issues).toEqual([
        { path: "timeZone", message: expect.stringMatching(/time zone name such as/) as string },
      ]);
    },
  );

  it("with a `now`, refuses an interview in the future or more than a year ago, in plain words", () => {
    const now = new Date("2026-11-21T12:00:00Z");
    expect(parseDebrief(minimal, { now }).ok).toBe(true);
    const future = parseDebrief(
      { ...minimal, interview: { endedAt: "2026-11-23T10:00:00Z" } },
      { now },
    );
    expect(future.ok ? [] : future.error.issues.map((issue) => issue.path)).toEqual([
      "interview.endedAt",
    ]);
    expect(future.ok ? "" : future.error.message).toMatch(/can't have ended in the future/);
    const old = parseDebrief(
      { ...minimal, interview: { endedAt: "1906-04-18T13:12:00Z" } },
      { now },
    );
    expect(old.ok ? "" : old.error.message).toMatch(/more than a year ago/);
    // Without a `now` there is nothing to compare with: the schema alone decides.
    expect(parseDebrief({ ...minimal, interview: { endedAt: "1906-04-18T13:12:00Z" } }).ok).toBe(
      true,
    );
  });
});
