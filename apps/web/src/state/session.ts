import { type DebriefDraft, StrategyIdSchema, type StrategyId } from "@rebound/core";
import { z } from "zod";
import { sanitizeDraft } from "./sanitize-draft";

/** How far the person got with the plan: steps done, and which outreach got an answer. */
export interface Progress {
  done: StrategyId[];
  answered: Partial<Record<StrategyId, boolean>>;
}

/** A debrief saved to the API: the token stays on this device and in the resume link. */
export interface RemoteCopy {
  id: string;
  resumeToken: string;
}

/** Everything the coach keeps on this device for the current debrief. */
export interface Session {
  /** Local id; also the journal record id. */
  id: string;
  /** When the person started this debrief on this device: orders the list of interviews. */
  createdAt: string;
  draft: DebriefDraft;
  /** The wizard step the person is on, 1-based, so a reload lands on the same question. */
  step: number;
  /** When the plan was (re)built; null until "Build my plan". The plan is chosen for this moment. */
  plannedAt: string | null;
  progress: Progress;
  remote: RemoteCopy | null;
}

export function newSessionId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export function emptySession(): Session {
  return {
    id: newSessionId(),
    createdAt: new Date().toISOString(),
    draft: {},
    step: 1,
    plannedAt: null,
    progress: { done: [], answered: {} },
    remote: null,
  };
}

const StoredSessionSchema = z.object({
  id: z.string().min(1).max(100),
  // Absent before several interviews: restoreSession fills it in.
  createdAt: z.iso.datetime({ offset: true }).optional().catch(undefined),
  draft: z.unknown(),
  step: z.number().int().min(1).max(50).catch(1),
  plannedAt: z.iso.datetime({ offset: true }).nullable().catch(null),
  progress: z
    .object({
      done: z.array(StrategyIdSchema).max(40),
      answered: z.partialRecord(StrategyIdSchema, z.boolean()),
    })
    .catch({ done: [], answered: {} }),
  remote: z
    .object({ id: z.string().min(1).max(100), resumeToken: z.string().min(1).max(200) })
    .nullable()
    .catch(null),
});

/** Validate what IndexedDB hands back: it is input like any other. */
export function restoreSession(stored: unknown): Session {
  const parsed = StoredSessionSchema.safeParse(stored);
  if (!parsed.success) return emptySession();
  const { createdAt, ...session } = parsed.data;
  return {
    ...session,
    createdAt: createdAt ?? session.plannedAt ?? new Date().toISOString(),
    draft: sanitizeDraft(session.draft),
  };
}

/** True once the person has typed or chosen anything. */
export function hasAnswers(draft: DebriefDraft): boolean {
  return Object.values(draft).some((section) =>
    Array.isArray(section)
      ? section.length > 0
      : typeof section === "object" && Object.keys(section).length > 0,
  );
}
