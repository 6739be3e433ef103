import { useEffect, useState } from "react";
import { listInterviews } from "../state/interviews-store";
import { hasAnswers, type Session } from "../state/session";

/** The interviews on this device that hold any answer, newest first; null while reading. */
export function useInterviewList(): Session[] | null {
  const [interviews, setInterviews] = useState<Session[] | null>(null);
  useEffect(() => {
    let cancelled = false;
    void listInterviews()
      .catch(() => [] as Session[]) // storage blocked: the list is empty, starting still works
      .then((all) => {
        if (!cancelled) setInterviews(all.filter((session) => hasAnswers(session.draft)));
      });
    return () => {
      cancelled = true;
    };
  }, []);
  return interviews;
}
