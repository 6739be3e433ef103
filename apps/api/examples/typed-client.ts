/**
 * A typed tRPC client for the Rebound API, as a third party would write it.
 * In your project: `npm i @trpc/client` and `import type { AppRouter } from "@rebound/api"`.
 * Run against a local server: `REBOUND_SECRET_KEY=sk_… pnpm --filter @rebound/api example`.
 */
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import type { AppRouter } from "../src/index.js";

export function createReboundClient(baseUrl: string, secretKey?: string) {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: `${baseUrl}/api/trpc`,
        // A secret key is optional for plans; it raises the rate limit and counts in your usage.
        headers: () => (secretKey ? { authorization: `Bearer ${secretKey}` } : {}),
      }),
    ],
  });
}

/** Builds a plan with every draft, then reads the day's usage for the key's agency. */
export async function recoveryKitFor(baseUrl: string, secretKey: string) {
  const client = createReboundClient(baseUrl, secretKey);
  const { plan, drafts = [] } = await client.plan.build.mutate({
    debrief: {
      interview: { endedAt: "2026-11-20T15:00:00Z", severity: "noticeable" },
      organisation: { name: "Northwind Analytics", size: "mid-sized" },
      interviewers: [{ name: "Marie Okafor" }],
      slips: [
        { what: "Called her Mary", kind: "wrong-name", noticed: "certain", saidInstead: "Mary" },
      ],
    },
    now: "2026-11-21T09:00:00Z",
    tone: "warm",
  });
  const usage = await client.agency.usage.query({ days: 1 });
  return {
    steps: plan.steps.map((step) => step.strategy),
    drafts: drafts.map((draft) => draft.subject ?? draft.templateId),
    usage,
  };
}

if (import.meta.url === `file://${process.argv[1] ?? ""}`) {
  const kit = await recoveryKitFor(
    process.env.REBOUND_URL ?? "http://127.0.0.1:3000",
    process.env.REBOUND_SECRET_KEY ?? "",
  );
  console.log(JSON.stringify(kit, null, 2));
}
