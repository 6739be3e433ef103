import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from "react";
import { navigate, useRoute, useSearchParam } from "../app/router";
import { CurrentDebriefProvider, useCurrentDebrief } from "./current-debrief";
import { interviewSource, lastOpenSource, type InterviewSource } from "./interview-source";
import { isInterviewId, saveInterview } from "./interviews-store";
import { forgetEverything, forgetInterview } from "./forget";
import { emptySession, type Session } from "./session";

export interface Interviews {
  /** Add a new interview and open its debrief at the first question. */
  start: () => void;
  /** Keep a session as an interview of its own (a debrief resumed from a link) and show its plan. */
  adopt: (session: Session) => Promise<void>;
  /** Delete one interview from this device; if it is the one open, none is open any more. */
  forget: (id: string) => Promise<void>;
  /** Delete every interview, the journal and every draft from this device. */
  forgetAll: () => Promise<void>;
}

const InterviewsContext = createContext<Interviews | null>(null);

/** The screens that show one interview; their address names it (`?interview=<id>`). */
const INTERVIEW_ROUTES = new Set(["debrief", "plan", "drafts"]);

/** The address for a screen of one interview. */
export function interviewHref(path: string, id: string): string {
  const url = new URL(path, "http://rebound.invalid");
  url.searchParams.set("interview", id);
  return `${url.pathname}${url.search}`;
}

/**
 * The coach's interviews: the one shown is the one the address names, or else the one opened
 * last. Each tab keeps its own, so two interviews can be open side by side and survive a reload.
 */
export function InterviewsProvider({ children }: { children: ReactNode }) {
  const param = useSearchParam("interview");
  const requested = param !== null && isInterviewId(param) ? param : null;
  const [shown, setShown] = useState<{ source: InterviewSource; generation: number }>(() => ({
    source: requested ? interviewSource(requested) : lastOpenSource(),
    generation: 0,
  }));
  // An address naming another interview opens it (adjusting state while rendering, as React
  // recommends, so no screen ever renders one interview under another's address).
  if (requested !== null && requested !== shown.source.id()) {
    setShown({ source: interviewSource(requested), generation: shown.generation + 1 });
  }

  const start = useCallback(() => {
    const session = emptySession();
    setShown((current) => ({
      source: interviewSource(session.id, session),
      generation: current.generation + 1,
    }));
    navigate(interviewHref("/debrief?step=1", session.id));
    window.scrollTo({ top: 0 });
  }, []);

  const adopt = useCallback(async (session: Session) => {
    await saveInterview(session).catch(() => undefined);
    // Replacing the address also drops a resume token from the address bar and history.
    navigate(interviewHref("/plan", session.id), { replace: true });
  }, []);

  // The interview held in memory must go too, or its next autosave would write it back.
  const forget = useCallback(async (id: string) => {
    await forgetInterview(id);
    setShown((current) =>
      current.source.id() === id
        ? { source: lastOpenSource(), generation: current.generation + 1 }
        : current,
    );
  }, []);

  const forgetAll = useCallback(async () => {
    await forgetEverything();
    setShown((current) => ({ source: lastOpenSource(), generation: current.generation + 1 }));
  }, []);

  const interviews = useMemo(
    () => ({ start, adopt, forget, forgetAll }),
    [start, adopt, forget, forgetAll],
  );
  return (
    <InterviewsContext value={interviews}>
      <CurrentDebriefProvider key={shown.generation} source={shown.source}>
        <InterviewInAddress />
        {children}
      </CurrentDebriefProvider>
    </InterviewsContext>
  );
}

/** On an interview's screen, name it in the address, so a reload or a new tab shows the same one. */
function InterviewInAddress() {
  const route = useRoute();
  const param = useSearchParam("interview");
  const { session, loaded } = useCurrentDebrief();
  useEffect(() => {
    if (!loaded || param !== null || !INTERVIEW_ROUTES.has(route.name)) return;
    const { pathname, search, hash } = window.location;
    navigate(`${interviewHref(`${pathname}${search}`, session.id)}${hash}`, { replace: true });
  }, [loaded, param, route, session.id]);
  return null;
}

/**
 * Deleting, with or without the coach around it: the journal also renders on its own (tests),
 * where there is no interview in memory to let go of.
 */
export function useForgetting(): Pick<Interviews, "forget" | "forgetAll"> {
  const context = useContext(InterviewsContext);
  return context ?? { forget: forgetInterview, forgetAll: forgetEverything };
}

export function useInterviews(): Interviews {
  const context = useContext(InterviewsContext);
  if (!context) throw new Error("useInterviews must be used inside <InterviewsProvider>.");
  return context;
}
