import { parseDebrief, type Debrief, type Message } from "@rebound/core";

/** A debrief for the drafts tests: Marie Okafor interviewed, and the candidate forgot a certificate. */
export function draftsTestDebrief(): Debrief {
  const parsed = parseDebrief({
    interview: { endedAt: "2026-11-20T15:00:00.000Z", format: "in-person", severity: "noticeable" },
    candidacy: { status: "waiting" },
    organisation: {
      name: "Harbour & Co",
      role: "Junior accountant",
      size: "small",
      formal: "yes",
      viaRecruiter: false,
    },
    interviewers: [
      { name: "Marie Okafor", email: "marie.okafor@harbour.example", recipient: true },
    ],
    forgotten: [{ kind: "education", detail: "my payroll certificate", important: true }],
  });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

/** A hand-written thank-you email, so the editor tests do not depend on template wording. */
export function thankYouMessage(body = "Dear Marie,\n\nThank you for meeting me today."): Message {
  return {
    templateId: "thank-you-email",
    strategy: "thank-you-email",
    channel: "email",
    tone: "warm",
    to: ["Marie Okafor"],
    subject: "Thank you & next steps?",
    body,
    wordLimit: 200,
  };
}
