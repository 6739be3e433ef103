export * from "./finding.js";
export type { LintContext, LintRule } from "./lint-context.js";
export { lintDraft, LINT_RULES } from "./lint-draft.js";
export { applyFix } from "./apply-fix.js";
