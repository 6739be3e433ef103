import { requiredText } from "../debrief/text.js";

/**
 * An agency's name is also the widget's title until the agency writes its own, so the name and
 * the title share this one limit (the CLI, the admin API and the stored copy all read it here).
 */
export const AGENCY_NAME_MAX = 80;

export const AgencyNameSchema = requiredText(AGENCY_NAME_MAX, "The agency name");
