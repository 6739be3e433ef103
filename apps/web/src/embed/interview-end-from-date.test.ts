import { describe, expect, it } from "vitest";
import { interviewEndFromDate } from "./interview-end-from-date";

describe("interviewEndFromDate", () => {
  const now = new Date(2026, 10, 22, 9, 41, 27);

  it("reads a past date as midday local time", () => {
    const iso = interviewEndFromDate("2026-11-20", now);
    expect(iso).not.toBeNull();
    expect(new Date(iso ?? "").getTime()).toBe(new Date(2026, 10, 20, 12).getTime());
  });

  it("never places today's interview after the present minute", () => {
    const iso = interviewEndFromDate("2026-11-22", now);
    expect(new Date(iso ?? "").getTime()).toBe(new Date(2026, 10, 22, 9, 41).getTime());
  });

  it("ignores tomorrow, impossible days and other formats", () => {
    expect(interviewEndFromDate("2026-11-23", now)).toBeNull();
    expect(interviewEndFromDate("2026-02-29", now)).toBeNull();
    expect(interviewEndFromDate("2026-11-2", now)).toBeNull();
    expect(interviewEndFromDate("2026-11-20T10:00", now)).toBeNull();
  });
});
