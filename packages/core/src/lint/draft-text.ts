import type { Span } from "./finding.js";
import { sentenceSpans, type WordToken, wordTokens } from "./text-scan.js";
import { stem } from "./vocabulary.js";

/**
 * A draft's text with what several rules read from it (its words, its sentences, each sentence's
 * stems) worked out once, on first use, instead of once per rule and per slip-up.
 */
export class DraftText {
  #tokens: WordToken[] | undefined;
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
   * The stems of every word of sentence number `index` of `sentences`. A word never straddles
   * two sentences (sentences break at . ! ? and line breaks, which words never hold), so each
   * sentence's words are the draft's words within its span: the draft is tokenised once.
   */
  sentenceStems(index: number): ReadonlySet<string> {
    return (this.#sentenceStems ??= this.#stemsBySentence())[index] ?? new Set();
  }

  #stemsBySentence(): Set<string>[] {
    const tokens = this.tokens;
    let next = 0;
    return this.sentences.map((sentence) => {
      const stems = new Set<string>();
      while (next < tokens.length && (tokens[next]?.start ?? 0) < sentence.start) next += 1;
      for (let token = tokens[next]; token !== undefined && token.end <= sentence.end;) {
        stems.add(stem(token.word));
        next += 1;
        token = tokens[next];
      }
      return stems;
    });
  }

  /** The sentence holding a span (or the span itself when it crosses sentences). */
  sentenceAround(span: Span): Span {
    return this.sentences.find((s) => s.start <= span.start && span.end <= s.end) ?? span;
  }
}
