import {
  choosePlan,
  draftsForPlan,
  lintDraft,
  STRATEGY_CATALOGUE,
  TEMPLATE_CATALOGUE,
} from "@rebound/core";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import {
  DraftMessagesInputSchema,
  ExplainStrategyInputSchema,
  LintDraftInputSchema,
  PlanBuildInputSchema,
} from "../routers/core-inputs.js";
import { citation, describeDraft, describeFindings, describePlan } from "./describe.js";

export const MCP_SERVER_INFO = { name: "rebound", version: "1.0.0" };

const INSTRUCTIONS = `Rebound helps someone recover after a job interview that went badly. Ask what happened
(when the interview ended, the organisation, the interviewers, any slip-ups and whether they
were noticed, how it was left), then call build_recovery_plan with the debrief. Use
draft_messages for the plan's emails, notes and call scripts, lint_draft to check any draft
(one the person wrote too) against the guards, and list_strategies / explain_strategy to say
why a step is advised, with its sources. Everything is computed on this server from the
debrief you pass: nothing is stored.`;

/** A tool's answer: a readable text for the assistant, and the same result as JSON. */
function answer(summary: string, result: unknown) {
  return {
    content: [
      { type: "text" as const, text: summary },
      { type: "text" as const, text: JSON.stringify(result) },
    ],
  };
}

/**
 * Rebound's MCP server: core's plan, drafts, linter and strategy catalogue as tools, with core's
 * schemas as their inputs. It computes and stores nothing and reaches no network: the stdio
 * server runs it alone on the person's machine, and /mcp serves it over Streamable HTTP.
 */
export function createReboundMcpServer(now: () => Date = () => new Date()): McpServer {
  const server = new McpServer(MCP_SERVER_INFO, { instructions: INSTRUCTIONS });
  const at = (instant: string | undefined) => (instant === undefined ? now() : new Date(instant));

  server.registerTool(
    "build_recovery_plan",
    {
      title: "Build a recovery plan",
      description:
        "Turn a debrief of a difficult interview into a dated recovery plan: each step with its window, channel, rationale and sources, cool-off first. Pass `tone` (formal or warm) to get the drafts too. Only interview.endedAt and organisation.name are required.",
      inputSchema: PlanBuildInputSchema,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    ({ debrief, now: instant, tone }) => {
      const plan = choosePlan(debrief, at(instant));
      if (tone === undefined) return answer(describePlan(plan), { plan });
      const drafts = draftsForPlan(plan, debrief, tone);
      return answer([describePlan(plan), ...drafts.map(describeDraft)].join("\n\n"), {
        plan,
        drafts,
      });
    },
  );

  server.registerTool(
    "draft_messages",
    {
      title: "Draft the plan's messages",
      description:
        "Draft every message the debrief's plan needs (thank-you email, handwritten note, call script, reply to a rejection…), personalised, in a formal or warm tone, each within its channel's word limit.",
      inputSchema: DraftMessagesInputSchema,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    ({ debrief, tone, now: instant }) => {
      const drafts = draftsForPlan(choosePlan(debrief, at(instant)), debrief, tone);
      const summary =
        drafts.length === 0
          ? "This plan needs no message yet (cool off, reflect first)."
          : drafts.map(describeDraft).join("\n\n");
      return answer(summary, { drafts });
    },
  );

  server.registerTool(
    "lint_draft",
    {
      title: "Check a draft",
      description:
        "Check any draft against the debrief and the guards: blanket apologies, excuses, a slip the interviewer never noticed, a misspelt interviewer name, too long for the channel, a second unanswered follow-up, grovelling. Each finding quotes the words, says why and suggests a fix.",
      inputSchema: LintDraftInputSchema,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    ({ text, debrief, channel, templateId }) => {
      const findings = lintDraft(text, {
        debrief,
        channel,
        ...(templateId === undefined ? {} : { templateId }),
      });
      return answer(describeFindings(text, findings), { findings });
    },
  );

  server.registerTool(
    "list_strategies",
    {
      title: "List the recovery strategies",
      description:
        "Every strategy the plan can use, in plan order, with a one-line summary and its sources.",
      inputSchema: z.object({}),
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    () =>
      answer(
        STRATEGY_CATALOGUE.map((entry) => `- ${entry.id}: ${entry.title}. ${entry.summary}`).join(
          "\n",
        ),
        { strategies: STRATEGY_CATALOGUE },
      ),
  );

  server.registerTool(
    "explain_strategy",
    {
      title: "Explain a strategy",
      description:
        "Why and when a strategy is advised, the messages that carry it, and the articles it comes from.",
      inputSchema: ExplainStrategyInputSchema,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    ({ strategy }) => {
      const entry = STRATEGY_CATALOGUE.find((candidate) => candidate.id === strategy);
      if (entry === undefined) throw new Error(`Unknown strategy ${strategy}.`);
      const templates = TEMPLATE_CATALOGUE.filter((template) => template.strategy === strategy);
      const text = [
        `${entry.title} (${entry.id})`,
        entry.summary,
        templates.length === 0
          ? "No message: this step is for the person alone."
          : `Messages: ${templates.map((template) => `${template.title} (${template.channel}, ${template.wordLimit} words)`).join("; ")}`,
        `Sources: ${entry.sources.map(citation).join("; ")}`,
      ].join("\n");
      return answer(text, { strategy: entry, templates });
    },
  );

  return server;
}
