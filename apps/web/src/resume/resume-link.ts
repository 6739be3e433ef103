import type { RemoteCopy } from "../state/session";

/** The private link: the token rides in the fragment, which browsers never send to a server. */
export function resumeLink(remote: RemoteCopy, origin: string = window.location.origin): string {
  return `${origin}/resume/${encodeURIComponent(remote.id)}#${encodeURIComponent(remote.resumeToken)}`;
}
