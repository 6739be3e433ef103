import type { QuestionTopic } from "./insights-schema.js";

/**
 * Grouping the questions people were not ready for into topics, deterministically and
 * without a dictionary or a model:
 *
 * 1. Normalise: decompose accents away, lower-case, turn punctuation into spaces.
 * 2. Keep keywords: drop stop words (articles, pronouns, question words, interview fillers
 *    such as "tell me about a time", and words any interview question may hold such as
 *    "work", "job" or "company") and words under three letters.
 * 3. Stem plurals only ("salaries" → "salary", "weaknesses" → "weakness",
 *    "strengths" → "strength"): predictable, and enough to join the usual variants.
 * 4. Count, for every keyword, how many questions contain it. Each question joins the topic
 *    of its most shared keyword (ties: the later word, as in "five years" or "difficult
 *    client", where the noun comes last). Assigning
 *    each question once, instead of chaining questions that share any word, keeps one
 *    common word from merging unrelated topics.
 * 5. A question with no keyword left ("Tell me about yourself") is its own topic, named by
 *    its normalised text, so identical phrasings still group.
 */

const STOP_WORDS = new Set(
  (
    "the and but for nor not yet with without from into onto about above below over under " +
    "before after during while until " +
    "again then than that this these those there here where when what which who whom whose why how " +
    "are was were been being have has had having does did doing done can could will would shall " +
    "should may might must you your yours yourself yourselves our ours they them their theirs " +
    "she her hers him his its itself myself mine some any each every all both few more most " +
    "other such only own same very just also ever even much many one ones tell describe explain " +
    "give talk share walk through example examples time times like think thought say said " +
    "see way ways thing things something anything get got make made want wanted " +
    "greatest biggest best worst most least really well know let " +
    // Words every interview question can hold: "Why do you want to work here?" is about
    // motivation, and "work" or "job" would file it beside any question that mentions work.
    "work works working job jobs role roles position company companies organisation " +
    "organization business firm employer interview interviewer apply applied applying join " +
    "interested please kind sort"
  ).split(" "),
);

const MIN_KEYWORD_LENGTH = 3;

/** Lower-case words with accents and punctuation removed. */
export function normaliseQuestion(question: string): string[] {
  return question
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .filter((word) => word !== "");
}

/** Reduce an English plural to its singular; anything else is returned as is. */
export function stemPlural(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith("sses")) return word.slice(0, -2);
  if (/(?:ch|sh|x|z)es$/.test(word)) return word.slice(0, -2);
  if (/(?:ss|us|is)$/.test(word)) return word;
  if (word.endsWith("s")) return word.slice(0, -1);
  return word;
}

/** The distinct keyword stems of a question, in the order they appear. */
export function questionKeywords(question: string): string[] {
  const stems = normaliseQuestion(question)
    .filter((word) => word.length >= MIN_KEYWORD_LENGTH && !STOP_WORDS.has(word))
    .map(stemPlural)
    .filter((stem) => !STOP_WORDS.has(stem));
  return [...new Set(stems)];
}

/** Group questions into topics, most frequent first (ties alphabetical). */
export function groupQuestionTopics(questions: readonly string[]): QuestionTopic[] {
  const keywordsByQuestion = questions.map(questionKeywords);
  const questionsPerKeyword = new Map<string, number>();
  for (const keywords of keywordsByQuestion) {
    for (const keyword of keywords) {
      questionsPerKeyword.set(keyword, (questionsPerKeyword.get(keyword) ?? 0) + 1);
    }
  }
  const topics = new Map<string, QuestionTopic>();
  questions.forEach((question, index) => {
    const keywords = keywordsByQuestion[index] ?? [];
    const topic =
      mostShared(keywords, questionsPerKeyword) ?? normaliseQuestion(question).join(" ");
    if (topic === "") return;
    const existing = topics.get(topic);
    if (existing) existing.count += 1;
    else topics.set(topic, { topic, count: 1, example: question.trim() });
  });
  return [...topics.values()].sort((a, b) => b.count - a.count || compareText(a.topic, b.topic));
}

function mostShared(
  keywords: readonly string[],
  frequency: ReadonlyMap<string, number>,
): string | undefined {
  let best: string | undefined;
  let bestFrequency = 0;
  for (const keyword of keywords) {
    const shared = frequency.get(keyword) ?? 0;
    // ">=": on a tie the later keyword wins; English questions tend to end on their noun.
    if (shared >= bestFrequency) {
      best = keyword;
      bestFrequency = shared;
    }
  }
  return best;
}

/** Plain code-unit order: the same on every machine, unlike localeCompare. */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
