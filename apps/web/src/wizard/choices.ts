import type { Choice } from "../ui/choice-field";

// The words people see for core's enum values. "unknown" is always "Don't know".
const DONT_KNOW: Choice = { value: "unknown", label: "Don’t know" };

export const RAWNESS: readonly Choice[] = [
  { value: "calm", label: "Fairly calm" },
  { value: "uneasy", label: "Uneasy" },
  { value: "raw", label: "Raw: it still stings" },
  DONT_KNOW,
];

export const FORMAT: readonly Choice[] = [
  { value: "in-person", label: "In person" },
  { value: "video", label: "Video call" },
  { value: "phone", label: "Phone" },
  DONT_KNOW,
];

export const SEVERITY: readonly Choice[] = [
  { value: "minor", label: "A few wobbles" },
  { value: "noticeable", label: "Noticeably badly" },
  { value: "severe", label: "Very badly" },
  DONT_KNOW,
];

export const SLIP_KIND: readonly Choice[] = [
  { value: "wrong-name", label: "Used the wrong name" },
  { value: "off-target-answer", label: "An answer went off target" },
  { value: "misunderstood-question", label: "Misunderstood a question" },
  { value: "blanked", label: "Went blank" },
  { value: "late", label: "Arrived late" },
  { value: "attire", label: "Dressed wrongly for it" },
  { value: "nerves", label: "Visible nerves" },
  { value: "inappropriate-question", label: "Asked an awkward question" },
  { value: "physical-mishap", label: "A physical mishap (spilled, tripped…)" },
  { value: "other", label: "Something else" },
];

export const NOTICED: readonly Choice[] = [
  { value: "certain", label: "Yes, surely" },
  { value: "unsure", label: "Not sure" },
  { value: "no", label: "Probably not" },
];

export const FORGOTTEN_KIND: readonly Choice[] = [
  { value: "experience", label: "Experience" },
  { value: "education", label: "Education or a qualification" },
  { value: "connection", label: "Someone I know there" },
  { value: "other", label: "Something else" },
];

export const ORGANISATION_SIZE: readonly Choice[] = [
  { value: "small", label: "Small" },
  { value: "mid-sized", label: "Mid-sized" },
  { value: "large", label: "Large corporation" },
  DONT_KNOW,
];

export const STATUS: readonly Choice[] = [
  { value: "waiting", label: "Waiting to hear" },
  { value: "rejected", label: "They said no" },
  { value: "offer", label: "They made an offer" },
  DONT_KNOW,
];

export const STRENGTH: readonly Choice[] = [
  { value: "strong", label: "Strong" },
  { value: "average", label: "Average" },
  { value: "weak", label: "Weak" },
  DONT_KNOW,
];

export const WANT_JOB: readonly Choice[] = [
  { value: "very", label: "Very much" },
  { value: "somewhat", label: "Somewhat" },
  { value: "not-really", label: "Not really" },
  DONT_KNOW,
];

export const FOLLOW_UP_CHANNEL: readonly Choice[] = [
  { value: "email", label: "Email" },
  { value: "phone", label: "Phone call" },
  { value: "handwritten-note", label: "Handwritten note" },
  { value: "other", label: "Other" },
];
