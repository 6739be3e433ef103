import type { Interviewer } from "./people.js";

/**
 * How a letter greets someone (ADVICE.md "Address people as a letter would"): formally by the
 * honorific and surname the person gives ("Ms Álvarez"), never a guessed gender; warmly by the
 * first name. Names are split only to suggest: the person can always write the address out.
 */

// Titles people type in front of a name ("Dr. Priya Natarajan"), compared without case or a final dot.
const HONORIFICS = new Set(
  "dr mr mrs ms mx miss prof professor sir dame rev revd fr mme mlle herr frau hon judge lord lady".split(
    " ",
  ),
);
// Lower-case words that begin a surname ("de la Tour", "van der Berg", "bin Ahmad").
const SURNAME_PARTICLES = new Set(
  "de da di del della der den van von la le du dos das ter ten bin binti al el af zu".split(" "),
);

const words = (name: string): string[] => name.trim().split(/\s+/).filter(Boolean);
const isHonorific = (word: string): boolean =>
  HONORIFICS.has(word.replace(/\.$/, "").toLowerCase());

/** The honorific typed at the start of a name ("Dr." in "Dr. Priya Natarajan"), if any. */
export function leadingHonorific(name: string): string | undefined {
  const [first, ...rest] = words(name);
  return first !== undefined && rest.length > 0 && isHonorific(first) ? first : undefined;
}

/** The name without an honorific typed in front of it. */
function bareName(name: string): string[] {
  const all = words(name);
  return leadingHonorific(name) === undefined ? all : all.slice(1);
}

/** "Priya" for "Dr. Priya Natarajan", "Anne-Sophie" for "Anne-Sophie de la Tour d'Auvergne". */
export function firstName(name: string): string {
  return bareName(name)[0] ?? name.trim();
}

/**
 * The surname as a letter writes it: from the first particle after the first name ("de la Tour
 * d'Auvergne-Lauraguais"), else the last word ("Álvarez"); a one-word name is its own surname.
 */
export function surname(name: string): string {
  const parts = bareName(name);
  if (parts.length <= 1) return parts[0] ?? name.trim();
  const particle = parts.findIndex((part, index) => index > 0 && SURNAME_PARTICLES.has(part));
  return parts.slice(particle === -1 ? parts.length - 1 : particle).join(" ");
}

/**
 * The formal address to suggest: the honorific (given, or typed in front of the name) and the
 * surname, e.g. "Ms Álvarez"; with no honorific, the full name as the person gave it.
 */
export function suggestedAddress({
  name,
  honorific,
}: Pick<Interviewer, "name" | "honorific">): string {
  const title = honorific?.trim() || leadingHonorific(name);
  return title === undefined || title === "" ? name.trim() : `${title} ${surname(name)}`;
}

/**
 * How a warm letter greets them: their first name. When the address the person chose takes the
 * name's first word as the surname ("Ms Lim" for "Lim Mei Ling", a name written family name
 * first), the first name is what follows it ("Mei Ling").
 */
export function warmName(person: Pick<Interviewer, "name" | "address">): string {
  const parts = bareName(person.name);
  const chosen = words(person.address ?? "");
  const [title, ...rest] = chosen;
  if (
    parts.length > 1 &&
    title !== undefined &&
    isHonorific(title) &&
    rest.join(" ").toLowerCase() === (parts[0] ?? "").toLowerCase()
  )
    return parts.slice(1).join(" ");
  return firstName(person.name);
}

/** How a formal letter greets this interviewer: the address the person chose, else the suggestion. */
export function formalAddress(person: Pick<Interviewer, "name" | "honorific" | "address">): string {
  return person.address?.trim() || suggestedAddress(person);
}
