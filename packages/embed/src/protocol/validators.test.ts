import { LIMITS, OrganisationSchema } from "@rebound/core";
import { describe, expect, it } from "vitest";
import { envelope } from "./envelope.js";
import { isPrefill, parseFrameMessage, parseHostCommand } from "./validators.js";

const init = { instance: "rb-1", key: "pk_live_abcd1234", mode: "popup" };

describe("parseFrameMessage", () => {
  it.each([
    ["ready", { instance: "rb-1" }],
    ["loadFailed", { reason: "config" }],
    ["opened", {}],
    ["stepChanged", { step: "interview", index: 2, total: 7 }],
    ["planGenerated", { steps: 5 }],
    ["draftCopied", { channel: "email" }],
    ["shared", {}],
    ["resized", { height: 640 }],
    ["error", { code: "frame", message: "Could not load the agency settings." }],
    ["reply", { to: "m1", ok: false, error: "nope" }],
  ])("accepts a well-formed %s", (type, payload) => {
    const message = envelope(type, payload);
    expect(parseFrameMessage(message)).toBe(message);
  });

  it.each([
    ["a string", "ready"],
    ["null", null],
    ["an array", [1, "m1", "ready", {}]],
    ["another version", { rebound: 2, id: "m1", type: "ready", payload: { instance: "rb-1" } }],
    ["a foreign envelope", { source: "react-devtools", payload: {} }],
    ["an id with spaces", { rebound: 1, id: "m 1", type: "opened", payload: {} }],
    ["an unknown type", envelope("stealCookies", {})],
    ["a prototype key as type", envelope("constructor", {})],
    ["a host command", envelope("open", {})],
    ["a payload that is not an object", envelope("opened", "yes")],
    [
      "extra fields on an event",
      envelope("planGenerated", { steps: 3, debrief: "I froze on the salary question" }),
    ],
    ["extra fields on an empty event", envelope("shared", { name: "Ada" })],
    [
      "free text as a step id",
      envelope("stepChanged", { step: "what went wrong?", index: 1, total: 3 }),
    ],
    ["a negative height", envelope("resized", { height: -1 })],
    ["a fractional height", envelope("resized", { height: 10.5 })],
    ["an absurd height", envelope("resized", { height: 1e9 })],
    ["an unknown error code", envelope("error", { code: "boom", message: "x" })],
    ["a reply without ok", envelope("reply", { to: "m1" })],
  ])("rejects %s", (_label, data) => {
    expect(parseFrameMessage(data)).toBeNull();
  });
});

describe("parseHostCommand", () => {
  it("accepts init with locale and prefill", () => {
    const message = envelope("init", {
      ...init,
      locale: "en-GB",
      prefill: { organisation: "Acme", interviewDate: "2026-11-20" },
    });
    expect(parseHostCommand(message)).toBe(message);
  });

  it.each([
    ["a secret key", { ...init, key: "sk_live_abcd1234" }],
    ["an unknown mode", { ...init, mode: "fullscreen" }],
    ["a malformed locale", { ...init, locale: "<script>" }],
    ["an unknown config field", { ...init, theme: { colorPrimary: "red" } }],
    ["an unknown prefill field", { ...init, prefill: { salary: "100k" } }],
    ["an oversize prefill", { ...init, prefill: { role: "x".repeat(LIMITS.short + 1) } }],
    ["a malformed date", { ...init, prefill: { interviewDate: "20 Nov" } }],
  ])("rejects init with %s", (_label, payload) => {
    expect(parseHostCommand(envelope("init", payload))).toBeNull();
  });

  it("accepts the simple commands and rejects frame events", () => {
    expect(parseHostCommand(envelope("open", {}))).not.toBeNull();
    expect(parseHostCommand(envelope("reset", {}))).not.toBeNull();
    expect(parseHostCommand(envelope("prefill", { role: "Analyst" }))).not.toBeNull();
    expect(parseHostCommand(envelope("open", { now: true }))).toBeNull();
    expect(parseHostCommand(envelope("resized", { height: 10 }))).toBeNull();
  });
});

describe("isPrefill", () => {
  // The frame fills the debrief's organisation name and role with these: the loader must agree
  // with the debrief schema on how long they may be (one source for the limits: core's).
  const organisation = OrganisationSchema.shape;
  it.each([1, 79, 80, 81, 120, 199, 200, 201])(
    "agrees with the debrief schema on a %i-character organisation name and role",
    (length) => {
      const text = "a".repeat(length);
      expect(isPrefill({ organisation: text })).toBe(organisation.name.safeParse(text).success);
      expect(isPrefill({ role: text })).toBe(organisation.role.safeParse(text).success);
    },
  );
});
