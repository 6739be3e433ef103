/** The forms of an English noun: "1 question", "2 questions". */
export interface NounForms {
  one: string;
  other: string;
}

// Rebound's prose is English, so the plural rule is English's whatever the person's locale:
// a French rule would call 0 singular and give "0 question".
const english = new Intl.PluralRules("en");

/** The noun's form for `count`, chosen by `Intl.PluralRules`: "question" or "questions". */
export function nounFor(count: number, forms: NounForms): string {
  return english.select(count) === "one" ? forms.one : forms.other;
}

/** A count with its noun: "1 question", "3 questions", "0 questions". */
export function countOf(count: number, forms: NounForms): string {
  return `${String(count)} ${nounFor(count, forms)}`;
}

/**
 * "the question" for one, "the 3 questions" for more: a lone numeral after "the" reads as a
 * form letter ("the 1 question").
 */
export function theCountOf(count: number, forms: NounForms): string {
  return english.select(count) === "one" ? `the ${forms.one}` : `the ${countOf(count, forms)}`;
}
