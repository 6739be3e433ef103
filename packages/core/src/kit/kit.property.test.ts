import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Debrief } from "../debrief/debrief.js";
import { containsApology } from "../lint/apology.js";
import { draftsForPlan } from "../messages/drafts-for-plan.js";
import type { Message, Tone } from "../messages/message.js";
import { type PlannedMessage, planMessages } from "../messages/message-plan.js";
import { choosePlan } from "../plan/choose-plan.js";
import type { Plan } from "../plan/plan.js";
import { arbitraryDebriefAndNow } from "../test-support/arbitrary-debrief.js";
import { TONES } from "../test-support/draft-checks.js";
import {
  expectedGreeting,
  greetedPeople,
  inWorkingHours,
  leakableTexts,
  localTime,
  REQUEST_WORDS,
} from "../test-support/kit-checks.js";

/**
 * ADVICE.md "How the messages fit together", checked on whole kits: the plan, its message plan and
 * every draft side by side, over 2,000 generated debriefs per tone. The kits are made once per tone
 * (seeded, so a failure replays) and every promise is checked on all of them; a failure names the
 * debrief and the moment that break it.
 */

const KITS = 2000;
const SEED = 20261203;

interface Kit {
  debrief: Debrief;
  plan: Plan;
  messages: PlannedMessage[];
  drafts: Message[];
}

const kitsByTone = new Map<Tone, Kit[]>();

function kitsFor(tone: Tone): Kit[] {
  let kits = kitsByTone.get(tone);
  if (kits === undefined) {
    kits = fc
      .sample(arbitraryDebriefAndNow, { numRuns: KITS, seed: SEED })
      .map(({ debrief, now }) => {
        const plan = choosePlan(debrief, now);
        return {
          debrief,
          plan,
          messages: planMessages(plan),
          drafts: draftsForPlan(plan, debrief, tone),
        };
      });
    kitsByTone.set(tone, kits);
  }
  return kits;
}

function everyKit(tone: Tone, check: (kit: Kit) => void): void {
  const kits = kitsFor(tone);
  expect(kits).toHaveLength(KITS);
  for (const kit of kits) {
    try {
      check(kit);
    } catch (error) {
      throw new Error(
        `Broken by the debrief planned at ${kit.plan.generatedAt}: ${JSON.stringify(kit.debrief)}`,
        { cause: error },
      );
    }
  }
}

const text = (draft: Message): string => `${draft.subject ?? ""}\n${draft.body}`;
const toEmployer = (message: PlannedMessage) => message.templateId !== "reference-tip-off";
/** The messages that come later by design: the one follow-up, and a hello a month after a no. */
const LATER = new Set(["follow-up", "stay-in-touch"]);

describe.each(TONES)("every kit (%s tone), over 2,000 generated debriefs", (tone) => {
  it("contact-budget: before the follow-up the employer gets one email and at most one note (and a call in place of a written request); one follow-up at most", () => {
    everyKit(tone, ({ messages }) => {
      const first = messages.filter(
        (message) => toEmployer(message) && !LATER.has(message.templateId),
      );
      const count = (channel: string) =>
        first.filter((message) => message.channel === channel).length;
      expect(count("email")).toBeLessThanOrEqual(1);
      expect(count("handwritten-note")).toBeLessThanOrEqual(1);
      expect(count("phone")).toBeLessThanOrEqual(1);
      for (const later of LATER)
        expect(
          messages.filter((message) => message.templateId === later).length,
        ).toBeLessThanOrEqual(1);
      const followUp = messages.find((message) => message.templateId === "follow-up");
      if (followUp === undefined) return;
      for (const message of first)
        expect(Date.parse(message.window.earliest)).toBeLessThan(
          Date.parse(followUp.window.earliest),
        );
    });
  });

  it("contact-budget (request-call, phone-call, request-second-interview): at most one request for more contact in the whole kit", () => {
    everyKit(tone, ({ plan, drafts }) => {
      const requestSteps = plan.steps.filter((step) =>
        ["request-call", "phone-call", "request-second-interview"].includes(step.strategy),
      );
      expect(requestSteps.length).toBeLessThanOrEqual(1);
      const written = drafts.filter(
        (draft) => draft.channel !== "phone" && REQUEST_WORDS.test(draft.body),
      ).length;
      const calls = drafts.filter((draft) => draft.channel === "phone").length;
      expect(written + calls).toBeLessThanOrEqual(1);
      for (const draft of drafts)
        expect(draft.body.match(new RegExp(REQUEST_WORDS, "g"))?.length ?? 0).toBeLessThanOrEqual(
          1,
        );
    });
  });

  it("say each thing once (correct-record, explain-circumstances, apologize-slip): no two drafts share a forgotten point, the circumstance or an apology", () => {
    everyKit(tone, ({ debrief, drafts }) => {
      const inDrafts = (needle: string) =>
        drafts.filter((draft) => draft.body.includes(needle)).length;
      // A point is told apart by its words, unless they are also a name, the role or the organisation.
      const facts = [
        debrief.organisation.name,
        debrief.organisation.role ?? "",
        ...debrief.organisation.values,
        ...debrief.interviewers.map((person) => person.name),
        debrief.candidate.name ?? "",
      ].join("\n");
      for (const point of debrief.forgotten) {
        const detail = point.detail.replace(/\s+/g, " ").trim();
        if (detail.length >= 8 && !facts.includes(detail))
          expect(inDrafts(detail)).toBeLessThanOrEqual(1);
      }
      const circumstance = drafts.filter((draft) =>
        /rather than an excuse|not as an excuse/.test(draft.body),
      );
      expect(circumstance.length).toBeLessThanOrEqual(1);
      const words = debrief.circumstance?.forEmployer?.replace(/\s+/g, " ").trim();
      if (words !== undefined && words.length >= 8 && !facts.includes(words))
        expect(inDrafts(words)).toBeLessThanOrEqual(1);
      expect(drafts.filter((draft) => containsApology(draft.body)).length).toBeLessThanOrEqual(1);
    });
  });

  it("the person's words stay theirs: no private free-text field appears verbatim in any draft", () => {
    everyKit(tone, ({ debrief, drafts }) => {
      const leaked = leakableTexts(debrief).filter((secret) =>
        drafts.some((draft) => text(draft).replace(/\s+/g, " ").includes(secret)),
      );
      expect(leaked).toEqual([]);
    });
  });

  it("no typed text is cut: no '…' anywhere in a draft", () => {
    everyKit(tone, ({ drafts }) => {
      for (const draft of drafts) expect(text(draft)).not.toContain("…");
    });
  });

  it("send in working hours: every outreach starts on a weekday between 08:00 and 18:00 in the debrief's zone", () => {
    everyKit(tone, ({ debrief, plan, messages }) => {
      const starts = [
        ...plan.steps.filter((step) => step.outreach).map((step) => step.window.earliest),
        ...messages.map((message) => message.window.earliest),
      ];
      for (const start of starts)
        expect({ start, ...localTime(Date.parse(start), debrief) }).toSatisfy(inWorkingHours);
    });
  });

  it("address people as a letter would: every greeting follows the address rule", () => {
    everyKit(tone, ({ debrief, drafts }) => {
      for (const draft of drafts) {
        if (draft.channel === "phone") continue;
        const greeting = draft.body.split("\n")[0];
        // A reference is someone the person knows: greeted by first name in either tone.
        const familiar = draft.templateId === "reference-tip-off";
        expect(greeting).toBe(expectedGreeting(greetedPeople(debrief, draft), tone, { familiar }));
      }
    });
  });
});
