import type { Debrief } from "../../debrief/debrief.js";
import type { LintRule } from "../lint-context.js";
import { typedByPerson } from "../debrief-facts.js";
import { matchSpans, slice } from "../text-scan.js";

const PLACEHOLDERS: readonly RegExp[] = [
  /\{\{[^{}\n]{0,60}\}\}|\{\{|\}\}/g,
  /\[[A-Za-z][A-Za-z _'-]{0,38}\]/g,
  /<[A-Za-z][A-Za-z _'-]{0,38}>/g,
  /\b(?:TODO|TBD|FIXME|XXX)\b/g,
];

// Every placeholder pattern above holds one of these: most drafts are read once, not four times.
const ANY_PLACEHOLDER_MARK = /[{}[<]|TODO|TBD|FIXME|XXX/;

/** What a placeholder most likely stood for, when the debrief knows it. */
function fillFor(placeholder: string, debrief: Debrief): string | undefined {
  const key = placeholder.toLowerCase().replace(/[^a-z]/g, "");
  const recipient =
    debrief.interviewers.find((person) => person.recipient) ?? debrief.interviewers[0];
  const fills: Record<string, string | undefined> = {
    name: recipient?.name,
    interviewer: recipient?.name,
    interviewername: recipient?.name,
    recipient: recipient?.name,
    company: debrief.organisation.name,
    companyname: debrief.organisation.name,
    organisation: debrief.organisation.name,
    organization: debrief.organisation.name,
    employer: debrief.organisation.name,
    firm: debrief.organisation.name,
    role: debrief.organisation.role,
    position: debrief.organisation.role,
    job: debrief.organisation.role,
    jobtitle: debrief.organisation.role,
    yourname: debrief.candidate.name,
    myname: debrief.candidate.name,
    candidate: debrief.candidate.name,
  };
  return fills[key];
}

export const placeholder: LintRule = (text, { debrief }) =>
  !ANY_PLACEHOLDER_MARK.test(text)
    ? []
    : PLACEHOLDERS.flatMap((pattern) => matchSpans(text, pattern))
        // A name typed as "<script>" or "[Name]" is the person's own text, shown as typed.
        .filter((span) => !typedByPerson(debrief, slice(text, span)))
        .map((span) => {
          const fill = fillFor(slice(text, span), debrief);
          return {
            ruleId: "placeholder" as const,
            span,
            message: `"${slice(text, span)}" is a leftover placeholder.`,
            suggestion:
              fill === undefined
                ? "Replace it with the real detail, or remove it."
                : `Replace it with "${fill}".`,
            ...(fill === undefined ? {} : { replacement: fill }),
          };
        });
