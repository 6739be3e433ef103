import { TRPCError } from "@trpc/server";
import type { Context } from "../context.js";
import { forbidden, unauthorized } from "../errors.js";
import { findAgencyByPublishableKey, type Agency } from "../store/agencies.js";

async function agencyAllowing(ctx: Context, key: string, hostOrigin: string): Promise<Agency> {
  const agency = await findAgencyByPublishableKey(ctx.db, key);
  if (!agency) throw unauthorized("Unknown publishable key.");
  if (!agency.origins.includes(hostOrigin))
    throw forbidden("This site is not allowed to use this widget.");
  return agency;
}

/**
 * The agency behind a publishable key, if the page hosting the widget is one of its allowed
 * origins. A cross-origin browser call must also come from that same host page. For reading the
 * widget's public settings.
 */
export async function agencyForWidget(
  ctx: Context,
  key: string,
  hostOrigin: string,
): Promise<Agency> {
  const origin = ctx.requestOrigin;
  if (origin !== null && origin !== ctx.ownOrigin && origin !== hostOrigin) {
    throw forbidden("The request's origin does not match the host page.");
  }
  return agencyAllowing(ctx, key, hostOrigin);
}

/**
 * For the calls that write (a share, a counted event): the host page is what the browser says in
 * the Origin header, never only what the body claims. A call from the agency's page names it
 * there; a call from our own widget frame (same origin) names the page in `hostOrigin`, which the
 * browser vouched for by framing us there (frame-ancestors lists only the agency's origins).
 * Without an Origin header the call did not come from a page at all: refused.
 */
export async function agencyForWidgetWrite(
  ctx: Context,
  key: string,
  hostOrigin: string | undefined,
): Promise<Agency> {
  const origin = ctx.requestOrigin;
  if (origin === null) {
    throw forbidden(
      "Widget calls must come from the agency's page or the widget: the request has no Origin header.",
    );
  }
  if (origin !== ctx.ownOrigin) {
    if (hostOrigin !== undefined && hostOrigin !== origin)
      throw forbidden("The request's origin does not match the host page.");
    return agencyAllowing(ctx, key, origin);
  }
  if (hostOrigin === undefined) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "hostOrigin is required from the widget frame: the origin of the page framing it.",
    });
  }
  return agencyAllowing(ctx, key, hostOrigin);
}
