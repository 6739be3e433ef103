export { planToIcs, ICS_PRODUCT_ID, type PlanToIcsOptions } from "./plan-to-ics.js";
export { remindersFor, type CalendarReminder } from "./reminders.js";
