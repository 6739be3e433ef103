import type { Debrief } from "@rebound/core";

/** The addresses a draft goes to: every interviewer marked as a recipient whose email is known. */
export function recipientEmails(debrief: Debrief): string[] {
  return debrief.interviewers.filter((i) => i.recipient && i.email).map((i) => i.email ?? "");
}

/**
 * A mailto: link (RFC 6068) that opens the person's own mail app with the draft filled in.
 * Every part is percent-encoded, and line breaks become CRLF as the RFC asks.
 */
export function mailtoLink(options: {
  to: readonly string[];
  subject: string | null;
  body: string;
}): string {
  const to = options.to.map((address) => encodeURIComponent(address)).join(",");
  const query: string[] = [];
  if (options.subject) query.push(`subject=${encodeURIComponent(options.subject)}`);
  query.push(`body=${encodeURIComponent(options.body.replace(/\r?\n/g, "\r\n"))}`);
  return `mailto:${to}?${query.join("&")}`;
}
