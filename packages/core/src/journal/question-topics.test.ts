import { describe, expect, it } from "vitest";
import { groupQuestionTopics, questionKeywords, stemPlural } from "./question-topics.js";

describe("stemPlural", () => {
  it.each([
    ["salaries", "salary"],
    ["weaknesses", "weakness"],
    ["weakness", "weakness"],
    ["strengths", "strength"],
    ["approaches", "approach"],
    ["expectations", "expectation"],
    ["analysis", "analysis"],
    ["status", "status"],
    ["gas", "gas"],
  ])("%s → %s", (word, stem) => {
    expect(stemPlural(word)).toBe(stem);
  });
});

describe("questionKeywords", () => {
  it("drops stop words, punctuation, accents and case", () => {
    expect(questionKeywords("What are your SALARY expectations?!")).toEqual([
      "salary",
      "expectation",
    ]);
    expect(questionKeywords("Tell me about a time you handled a difficult client.")).toEqual([
      "handled",
      "difficult",
      "client",
    ]);
    expect(questionKeywords("Décrivez vos qualités")).toEqual(["decrivez", "vos", "qualite"]);
    expect(questionKeywords("Why?")).toEqual([]);
    expect(questionKeywords("Why do you want to work here?")).toEqual([]);
    expect(questionKeywords("Why did you apply for this job at our company?")).toEqual([]);
  });
});

describe("groupQuestionTopics", () => {
  it("groups variants that share a keyword stem, most frequent first, with the first as example", () => {
    const topics = groupQuestionTopics([
      "What are your salary expectations?",
      "What is your greatest weakness?",
      "How do you approach salaries in negotiations?",
      "Name two weaknesses.",
      "What salary would you accept?",
      "Where do you see yourself in five years?",
    ]);
    expect(topics).toEqual([
      { topic: "salary", count: 3, example: "What are your salary expectations?" },
      { topic: "weakness", count: 2, example: "What is your greatest weakness?" },
      { topic: "year", count: 1, example: "Where do you see yourself in five years?" },
    ]);
  });

  it("does not chain unrelated questions through a shared common word", () => {
    const topics = groupQuestionTopics([
      "Why do you want to leave your current job?",
      "Describe your current team.",
      "How would your team describe you?",
      "What would your team say about conflict?",
    ]);
    expect(topics.map((topic) => [topic.topic, topic.count])).toEqual([
      ["team", 3],
      ["current", 1],
    ]);
  });

  it("keeps keyword-less questions as their own topic so identical phrasings still group", () => {
    const topics = groupQuestionTopics([
      "Tell me about yourself.",
      "tell me about YOURSELF",
      "Why?",
    ]);
    expect(topics).toEqual([
      { topic: "tell me about yourself", count: 2, example: "Tell me about yourself." },
      { topic: "why", count: 1, example: "Why?" },
    ]);
  });

  it("returns nothing for no questions and is order-stable", () => {
    expect(groupQuestionTopics([])).toEqual([]);
    const questions = [
      "Biggest failure?",
      "A failure you learned from",
      "Your goals?",
      "Long-term goals",
    ];
    expect(groupQuestionTopics(questions)).toEqual(groupQuestionTopics([...questions]));
    expect(groupQuestionTopics(questions).map((topic) => topic.topic)).toEqual(["failure", "goal"]);
  });
});
