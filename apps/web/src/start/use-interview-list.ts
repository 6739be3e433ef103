import { useCallback, useEffect, useState } from "react";
import { listInterviews } from "../state/interviews-store";
import { useInterviews } from "../state/interviews";
import { hasAnswers, type Session } from "../state/session";

export interface InterviewList {
  /** The interviews on this device that hold any answer, newest first; null while reading. */
  interviews: Session[] | null;
  /** Delete one from the device and from the list. */
  remove: (id: string) => Promise<void>;
}

export function useInterviewList(): InterviewList {
  const { forget } = useInterviews();
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
  const remove = useCallback(
    async (id: string) => {
      await forget(id);
      setInterviews((list) => list?.filter((session) => session.id !== id) ?? null);
    },
    [forget],
  );
  return { interviews, remove };
}
