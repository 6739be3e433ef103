import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/create-database.js";
import { savedDebriefs } from "../../src/db/schema.js";
import { sha256 } from "../../src/security/secrets.js";
import { resumeTokenMatches, STAND_IN_TOKEN_HASH } from "../../src/store/saved-debriefs.js";
import { callerFor } from "../support/caller.js";
import { DATABASE_TARGETS } from "../support/databases.js";
import { debriefInput, TEST_NOW } from "../support/debrief.js";
import { tampered } from "../support/tokens.js";

describe.each(DATABASE_TARGETS)("saved debriefs on $name", (target) => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await target.open();
  });
  afterAll(() => database.close());

  const caller = () => callerFor(database.db).caller;

  it("saves a debrief and reads it back only with its resume token", async () => {
    const { id, resumeToken } = await caller().debriefs.save({ debrief: debriefInput() });
    // 256 random bits, base64url: comfortably above the 128 bits the token needs.
    expect(Buffer.from(resumeToken, "base64url").length * 8).toBeGreaterThanOrEqual(128);

    const saved = await caller().debriefs.get({ id, resumeToken });
    expect(saved.debrief.organisation.name).toBe("Northwind Analytics");
    expect(saved.debrief.standing.employerLeaning).toBe("unknown"); // defaults filled by the core schema

    await expect(
      caller().debriefs.get({ id, resumeToken: tampered(resumeToken) }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("stores only a hash of the resume token", async () => {
    const { id, resumeToken } = await caller().debriefs.save({ debrief: debriefInput() });
    const rows = await database.db.select().from(savedDebriefs);
    const row = rows.find((candidate) => candidate.id === id);
    expect(row?.tokenHash).toBe(sha256(resumeToken));
    expect(JSON.stringify(rows)).not.toContain(resumeToken);
  });

  it("updates, re-chooses the plan when the status changes, then deletes for good", async () => {
    const { id, resumeToken } = await caller().debriefs.save({ debrief: debriefInput() });

    const updated = await caller().debriefs.update({
      id,
      resumeToken,
      debrief: debriefInput({ organisation: { name: "Northwind Analytics", size: "large" } }),
    });
    expect(updated.debrief.organisation.size).toBe("large");
    expect(updated.updatedAt).toBe(TEST_NOW.toISOString());

    const waitingPlan = await caller().plan.build({
      debrief: updated.debrief,
      now: TEST_NOW.toISOString(),
    });
    expect(waitingPlan.plan.steps.map((step) => step.strategy)).not.toContain(
      "gracious-rejection-reply",
    );

    const plan = await caller().debriefs.setStatus({
      id,
      resumeToken,
      status: "rejected",
      now: TEST_NOW.toISOString(),
    });
    expect(plan.status).toBe("rejected");
    expect(plan.steps.map((step) => step.strategy)).toContain("gracious-rejection-reply");
    const reread = await caller().debriefs.get({ id, resumeToken });
    expect(reread.debrief.candidacy).toEqual({
      status: "rejected",
      changedAt: TEST_NOW.toISOString(),
    });

    await expect(caller().debriefs.delete({ id, resumeToken })).resolves.toEqual({ deleted: true });
    const remaining = await database.db.select().from(savedDebriefs);
    expect(remaining.map((row) => row.id)).not.toContain(id);
    await expect(caller().debriefs.get({ id, resumeToken })).rejects.toBeInstanceOf(TRPCError);
  });

  it("answers an unknown id exactly like a wrong token, so ids cannot be probed", async () => {
    const { resumeToken } = await caller().debriefs.save({ debrief: debriefInput() });
    const unknown = caller().debriefs.delete({
      id: "00000000-0000-4000-8000-000000000000",
      resumeToken,
    });
    await expect(unknown).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("checks a token against a stand-in hash when the id is unknown, so both misses do the same work", () => {
    const token = "r".repeat(43);
    expect(resumeTokenMatches(sha256(token), token)).toBe(true);
    expect(resumeTokenMatches(sha256(token), tampered(token))).toBe(false);
    expect(resumeTokenMatches(undefined, token)).toBe(false);
    // A real hash's length, so the constant-time comparison runs in full instead of stopping at
    // the length check.
    expect(STAND_IN_TOKEN_HASH).toHaveLength(sha256(token).length);
  });

  it("rejects an invalid debrief with the field path in the message", async () => {
    const bad = debriefInput({ interview: { endedAt: "yesterday-ish" } });
    await expect(caller().debriefs.save({ debrief: bad })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("debrief.interview.endedAt") as unknown,
    });
  });
});
