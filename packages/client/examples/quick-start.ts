/**
 * @rebound/client from start to finish, as a job board's server would use it. Run against a
 * server: `REBOUND_URL=http://127.0.0.1:3000 npx tsx examples/quick-start.ts`. The
 * outside-the-workspace test compiles and runs this very file against the packed package.
 */
import {
  createReboundClient,
  rateLimitOf,
  ReboundApiError,
  unwrap,
  type Debrief,
} from "@rebound/client";

const debrief: Debrief = {
  interview: { endedAt: "2026-11-20T15:00:00Z", severity: "noticeable" },
  organisation: { name: "Northwind Analytics", role: "Data analyst" },
  interviewers: [{ name: "Marie Okafor", title: "Head of data" }],
  slips: [{ what: "Called her Mary", kind: "wrong-name", noticed: "certain", saidInstead: "Mary" }],
  candidate: { name: "Sam Lee" },
};

export async function quickStart(baseUrl: string, log: (line: string) => void = console.log) {
  const rebound = createReboundClient({ baseUrl });

  // 1. A plan and its drafts.
  const {
    data: built,
    error,
    response,
  } = await rebound.POST("/plan", {
    body: { debrief, now: "2026-11-21T09:00:00Z", tone: "warm" },
  });
  if (error) throw new Error(`${error.error.code}: ${error.error.message}`);
  log(`plan: ${built.plan.steps.map((step) => step.strategy).join(", ")}`);
  log(`drafts: ${(built.drafts ?? []).length}; requests left: ${rateLimitOf(response)?.remaining}`);

  // 2. Save the debrief (safe to retry with the same Idempotency-Key), then read it back.
  const idempotencyKey = crypto.randomUUID();
  const save = () =>
    unwrap(
      rebound.POST("/debriefs", {
        params: { header: { "Idempotency-Key": idempotencyKey } },
        body: { debrief },
      }),
    );
  const saved = await save();
  const retried = await save();
  const read = await unwrap(rebound.POST("/debriefs/get", { body: saved }));
  log(
    `saved ${saved.id} (retry gave the same: ${retried.id === saved.id}), organisation: ${read.debrief.organisation.name}`,
  );

  // 3. Check a draft written by hand.
  const findings = await unwrap(
    rebound.POST("/messages/lint", {
      body: { text: "Dear Mary, I am so sorry for everything.", debrief, channel: "email" },
    }),
  );
  log(`findings: ${findings.map((finding) => finding.ruleId).join(", ")}`);

  // 4. A bad input: a typed error naming the field.
  const bad = await rebound.POST("/plan", {
    body: { debrief: { ...debrief, interview: { endedAt: "yesterday-ish" } } },
  });
  if (bad.error) {
    log(
      `400 ${bad.error.error.code}: ${bad.error.error.issues?.map((issue) => issue.path).join(", ")}`,
    );
  }

  // 5. Past the rate limit: a ReboundApiError with the code, the wait and the request id.
  try {
    for (let call = 0; call < 1000; call += 1) await unwrap(rebound.GET("/catalogue/strategies"));
  } catch (caught) {
    if (!(caught instanceof ReboundApiError)) throw caught;
    log(
      `${caught.status} ${caught.code}: retry after ${caught.rateLimit?.retryAfterSeconds} s (${caught.requestId})`,
    );
    return { built, saved, read, findings, bad: bad.error, limited: caught };
  }
  throw new Error("The rate limit never answered 429.");
}

if (import.meta.url === `file://${process.argv[1] ?? ""}`) {
  await quickStart(process.env.REBOUND_URL ?? "http://127.0.0.1:3000");
}
