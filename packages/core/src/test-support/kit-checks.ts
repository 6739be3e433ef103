import { suggestedAddress, warmName } from "../debrief/address.js";
import type { Debrief } from "../debrief/debrief.js";
import type { Message } from "../messages/message.js";

/**
 * What the kit-level properties read from a debrief, restated from the raw fields so a wrong helper
 * in the drafting code cannot hide a wrong kit.
 */

const oneLine = (text: string): string => text.replace(/\s+/g, " ").trim();
const PRINTABLE = /[\p{L}\p{N}]/u;

/**
 * What the person typed for their own review (ADVICE.md "The person's words stay theirs"): what
 * happened, how it felt, what was going on. Only the first "went well" item may be quoted (the
 * wizard says so); the rest of the review is private.
 */
export function privateTexts(debrief: Debrief): string[] {
  const { reflection, lessons } = debrief;
  return [
    ...debrief.slips.map((slip) => slip.what),
    debrief.circumstance?.description,
    ...reflection.wentWell.slice(1),
    ...reflection.couldBeBetter,
    reflection.oneChange,
    reflection.answerDifferently,
    ...reflection.impressions,
    ...lessons.unpreparedQuestions,
    lessons.informationLacked,
    lessons.dress,
    lessons.mannerisms,
    lessons.wording,
    lessons.logistics,
  ].flatMap((text) => (text === undefined ? [] : [oneLine(text)]));
}

/** Everything a draft may legitimately quote: facts and words written for a reader. */
export function readerTexts(debrief: Debrief): string[] {
  const { organisation, candidate, reference, reflection, circumstance } = debrief;
  return [
    organisation.name,
    organisation.role,
    ...organisation.values,
    candidate.name,
    candidate.email,
    candidate.phone,
    reference?.name,
    reference?.canMention,
    reflection.wentWell[0],
    reflection.successVision,
    circumstance?.forEmployer,
    ...debrief.interviewers.flatMap((person) => [person.name, person.address, person.honorific]),
    ...debrief.forgotten.map((point) => point.detail),
    ...debrief.slips.flatMap((slip) => [slip.forEmployer, slip.saidInstead]),
  ].flatMap((text) => (text === undefined ? [] : [oneLine(text)]));
}

/** A private text long enough to tell apart, that no reader text holds. */
export function leakableTexts(debrief: Debrief): string[] {
  const reader = readerTexts(debrief).join("\n");
  return privateTexts(debrief).filter((text) => text.length >= 10 && !reader.includes(text));
}

/** A name as a greeting prints it: at most twelve words, or nothing when it has nothing to print. */
const printed = (name: string): string | null => {
  const words = name.trim().split(/\s+/).slice(0, 12).join(" ");
  return PRINTABLE.test(words) ? words : null;
};

const list = (items: readonly string[]): string =>
  items.length <= 1
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} and ${items.at(-1) ?? ""}`;

/**
 * The address rule (ADVICE.md "Address people as a letter would"): formal letters greet by the
 * address the person gave, else honorific + surname, else the full name; warm ones by first name.
 */
export function expectedGreeting(
  people: readonly { name: string; honorific?: string; address?: string }[],
  tone: Message["tone"],
  { familiar = false }: { familiar?: boolean } = {},
): string {
  const greeted = people.flatMap((person) => {
    const name = printed(person.name);
    if (name === null) return [];
    const chosen = person.address?.trim() ? person.address : suggestedAddress(person);
    return [{ name, warm: printed(warmName(person)) ?? name, formal: printed(chosen) ?? name }];
  });
  if (greeted.length === 0) return "Hello,";
  // Several people, some titled and some not: a formal letter names them all in full.
  const mixed =
    greeted.some((person) => person.formal === person.name) &&
    greeted.some((person) => person.formal !== person.name);
  const names = greeted.map((person) =>
    tone === "warm" || familiar ? person.warm : mixed ? person.name : person.formal,
  );
  // Typed "{{" and "}}" read as unfilled slots, so every draft softens them to "((" and "))".
  return `${tone === "formal" ? "Dear" : "Hi"} ${list(names)},`
    .replaceAll("{{", "((")
    .replaceAll("}}", "))");
}

/** Who a draft is addressed to, as the debrief says. */
export function greetedPeople(debrief: Debrief, message: Message) {
  if (message.templateId === "reference-tip-off")
    return debrief.reference === undefined ? [] : [{ name: debrief.reference.name }];
  return debrief.interviewers.filter((person) => person.recipient).slice(0, 3);
}

/** Weekday (0 = Sunday) and minute of the day where the person lives, read straight from Intl. */
export function localTime(ms: number, debrief: Debrief): { weekday: number; minute: number } {
  if (debrief.timeZone === undefined) {
    // Generated interview ends are written in UTC ("…Z"): the clock the plan falls back on.
    const date = new Date(ms);
    return { weekday: date.getUTCDay(), minute: date.getUTCHours() * 60 + date.getUTCMinutes() };
  }
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: debrief.timeZone,
    weekday: "short",
    hour: "numeric",
    minute: "numeric",
    hourCycle: "h23",
  }).formatToParts(ms);
  const value = (type: string) => parts.find((part) => part.type === type)?.value ?? "";
  return {
    weekday: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].indexOf(value("weekday")),
    minute: Number(value("hour")) * 60 + Number(value("minute")),
  };
}

export const inWorkingHours = ({ weekday, minute }: { weekday: number; minute: number }) =>
  weekday >= 1 && weekday <= 5 && minute >= 8 * 60 && minute < 18 * 60;

/** Words that ask the employer for more contact, as our templates write a request. */
export const REQUEST_WORDS = /ten-minute call|meet again|another conversation/;
