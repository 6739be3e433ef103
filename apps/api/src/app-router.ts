import { adminRouter } from "./routers/admin.js";
import { agencyRouter } from "./routers/agency.js";
import { catalogueRouter } from "./routers/catalogue.js";
import { dashboardRouter } from "./routers/dashboard.js";
import { debriefsRouter } from "./routers/debriefs.js";
import { messagesRouter } from "./routers/messages.js";
import { planRouter } from "./routers/plan.js";
import { webhooksRouter } from "./routers/webhooks.js";
import { widgetRouter } from "./routers/widget.js";
import { router } from "./trpc.js";

export const appRouter = router({
  plan: planRouter,
  messages: messagesRouter,
  catalogue: catalogueRouter,
  debriefs: debriefsRouter,
  widget: widgetRouter,
  agency: agencyRouter,
  dashboard: dashboardRouter,
  admin: adminRouter,
  webhooks: webhooksRouter,
});

export type AppRouter = typeof appRouter;
