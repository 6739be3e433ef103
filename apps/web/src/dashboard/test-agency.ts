import { AgencyCopySchema, ThemeTokensSchema } from "@rebound/core";
import type { Agency } from "./agency";

/** The agency the dashboard's component tests sign in as. */
export const TEST_AGENCY: Agency = {
  id: "agency-1",
  name: "Harbour Recruiting",
  publishableKey: "pk_test_harbour0001",
  origins: ["https://careers.harbour.example"],
  theme: ThemeTokensSchema.parse({}),
  copy: AgencyCopySchema.parse({ title: "Bounce back" }),
  modes: ["inline"],
};
