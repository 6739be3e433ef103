import type { Span } from "./finding.js";
import { sentenceSpans, type WordToken, wordTokens } from "./text-scan.js";
import { remembered } from "./memo.js";
import { stem } from "./vocabulary.js";

/**
 * A draft's text with what several rules read from it (its words and their stems, its
 * sentences) worked out once, on first use, instead of once per rule and per slip-up.
 */
export class DraftText {
  #tokens: WordToken[] | undefined;
  #tokenStems: string[] | undefined;
  #stems: Set<string> | undefined;
  #lowerCase: string | null | undefined;
  #sentences: Span[] | undefined;
  #sentenceStems: Set<string>[] | undefined;

  constructor(readonly text: string) {}

  get tokens(): readonly WordToken[] {
    return (this.#tokens ??= wordTokens(this.text));
  }

  get sentences(): readonly Span[] {
    return (this.#sentences ??= sentenceSpans(this.text));
  }

  /**
   * The draft in lower case, where the lower case of any of its words is found; null when it
   * holds a capital sigma, the one letter whose lower case depends on its neighbours.
   */
  get lowerCase(): string | null {
    if (this.#lowerCase === undefined)
      this.#lowerCase = this.text.includes("Σ") ? null : this.text.toLowerCase();
    return this.#lowerCase;
  }

  /**
   * False only when no word of the draft has this stem; cheaper than stemming every word. A
   * stem is a prefix of its word in lower case, so it is found in the lower-cased draft. Slips
   * share words (a slip can be both unnoticed and apologised for): each is looked for once.
   */
  readonly mayHaveStem = remembered((value: string): boolean => {
    const lowerCase = this.lowerCase;
    return lowerCase === null ? this.#stemSet().has(value) : lowerCase.includes(value);
  });

  /** Whether a pattern matches anywhere in the draft, asked once per pattern (slips of one kind share it). */
  readonly matches = remembered((pattern: RegExp): boolean => this.text.search(pattern) !== -1);

  /**
   * The stems of every word of sentence number `index` of `sentences`. A word never straddles
   * two sentences (sentences break at . ! ? and line breaks, which words never hold), so each
   * sentence's words are the draft's words within its span: the draft is tokenised once.
   */
  sentenceStems(index: number): ReadonlySet<string> {
    return (this.#sentenceStems ??= this.#stemsBySentence())[index] ?? new Set();
  }

  /** The sentence holding a span (or the span itself when it crosses sentences). */
  sentenceAround(span: Span): Span {
    return this.sentences.find((s) => s.start <= span.start && span.end <= s.end) ?? span;
  }

  #stemSet(): Set<string> {
    return (this.#stems ??= new Set(this.#stemOfEachToken()));
  }

  #stemOfEachToken(): string[] {
    return (this.#tokenStems ??= this.tokens.map((token) => stem(token.word)));
  }

  #stemsBySentence(): Set<string>[] {
    const tokens = this.tokens;
    const stems = this.#stemOfEachToken();
    let next = 0;
    return this.sentences.map((sentence) => {
      const inSentence = new Set<string>();
      while (next < tokens.length && (tokens[next]?.start ?? 0) < sentence.start) next += 1;
      for (; next < tokens.length && (tokens[next]?.end ?? 0) <= sentence.end; next += 1)
        inSentence.add(stems[next] ?? "");
      return inSentence;
    });
  }
}
