import type { Context } from "../context.js";
import { forbidden, unauthorized } from "../errors.js";
import { findAgencyByPublishableKey, type Agency } from "../store/agencies.js";

/**
 * The agency behind a publishable key, if the page hosting the widget is one of its allowed
 * origins. A cross-origin browser call must also come from that same host page.
 */
export async function agencyForWidget(
  ctx: Context,
  key: string,
  hostOrigin: string,
): Promise<Agency> {
  const agency = await findAgencyByPublishableKey(ctx.db, key);
  if (!agency) throw unauthorized("Unknown publishable key.");
  if (!agency.origins.includes(hostOrigin))
    throw forbidden("This site is not allowed to use this widget.");
  const origin = ctx.requestOrigin;
  if (origin !== null && origin !== ctx.ownOrigin && origin !== hostOrigin) {
    throw forbidden("The request's origin does not match the host page.");
  }
  return agency;
}
