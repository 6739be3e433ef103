/**
 * Length limits shared by every free-text field, chosen so a message stays readable. A module of
 * plain numbers (no zod), so the embed loader checks a host's prefill against the same limits the
 * debrief schema holds without shipping a schema library to every host page.
 */
export const LIMITS = {
  name: 80,
  short: 200,
  long: 1000,
  email: 254,
  listItems: 10,
  /** The organisation's values: a message echoes a few, never a catalogue. */
  valueItems: 5,
  honorific: 20,
} as const;
