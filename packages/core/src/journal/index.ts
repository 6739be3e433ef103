export * from "./journal-entry-from.js";
export * from "./insights-schema.js";
export * from "./insights.js";
export { groupQuestionTopics, questionKeywords } from "./question-topics.js";
