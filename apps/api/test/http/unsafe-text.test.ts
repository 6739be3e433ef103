import { count } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { savedDebriefs, shares } from "../../src/db/schema.js";
import { DATABASE_TARGETS } from "../support/databases.js";
import { debriefInput } from "../support/debrief.js";
import { captureLog } from "../support/log-capture.js";
import { AGENCY_ORIGIN, useTestApp } from "../support/test-app.js";

/** What a candidate told us: none of it may ever reach a log line. */
const PERSONAL = ["Sam", "sam@example.com", "7700 900123", "Marie", "Okafor", "Northwind"];

const UNSAFE = [
  { name: "NUL", char: "\u0000", says: "contains an invisible control character (such as NUL)" },
  { name: "a lone surrogate", char: "\ud83d", says: "contains a broken character" },
  { name: "a right-to-left override", char: "\u202e", says: "reverses the text's direction" },
  { name: "a first-strong isolate", char: "\u2068", says: "reverses the text's direction" },
];

const json = { "content-type": "application/json" };

describe.each(DATABASE_TARGETS)("unsafe characters in text on $name", (target) => {
  const log = captureLog();
  const test = useTestApp(target, { logTo: log.stream });

  const debriefWith = (char: string) =>
    debriefInput({
      candidate: { name: `Sam${char} Lee`, email: "sam@example.com", phone: "+44 7700 900123" },
    });
  const rows = async () => ({
    debriefs: (await test.database.db.select({ n: count() }).from(savedDebriefs))[0]!.n,
    shares: (await test.database.db.select({ n: count() }).from(shares))[0]!.n,
  });

  it.each(UNSAFE)(
    "refuses $name with 400 in plain words, stores nothing, logs nothing personal",
    async ({ char, says }) => {
      const before = await rows();
      const calls = [
        {
          url: "/api/v1/debriefs",
          payload: { debrief: debriefWith(char) },
          field: "candidate.name",
        },
        {
          url: "/api/trpc/debriefs.save",
          payload: { debrief: debriefWith(char) },
          field: "candidate.name",
        },
        {
          url: "/api/v1/messages/render",
          payload: {
            templateId: "thank-you-email",
            debrief: debriefInput({ interviewers: [{ name: `Marie${char} Okafor` }] }),
          },
          field: "debrief.interviewers.0.name",
        },
        {
          url: "/api/v1/messages/lint",
          payload: {
            text: `Dear Marie,${char} thank you.`,
            debrief: debriefInput(),
            channel: "email",
          },
          field: "text",
        },
        {
          url: "/api/v1/widget/share",
          payload: {
            key: test.agency.agency.publishableKey,
            hostOrigin: AGENCY_ORIGIN,
            consent: true,
            summary: { name: `Sam${char}`, contact: "sam@example.com", planHeadline: "Say thanks" },
          },
          field: "summary.name",
        },
      ];
      for (const call of calls) {
        const response = await test.app.inject({
          method: "POST",
          url: call.url,
          headers: { ...json, origin: AGENCY_ORIGIN },
          payload: JSON.stringify(call.payload),
        });
        expect(response.statusCode, `${call.url}: ${response.body}`).toBe(400);
        expect(response.body, call.url).toContain(call.field);
        expect(response.body, call.url).toContain(says);
      }
      expect(await rows()).toEqual(before);
      for (const line of log.lines) {
        for (const personal of PERSONAL) expect(line).not.toContain(personal);
        expect(line).not.toMatch(/[0-9a-f]{64}/); // a resume token's hash
      }
    },
  );
});
