import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeIcsText, foldIcsLine, joinIcsLines, MAX_LINE_OCTETS } from "./ics-text.js";

const octets = (text: string) => Buffer.byteLength(text, "utf8");
const unfold = (folded: string) => folded.replace(/\r\n /g, "");

describe("escapeIcsText", () => {
  it("escapes backslash, semicolon, comma and line breaks, in that order", () => {
    expect(escapeIcsText('Acme; Inc, "\\n"')).toBe('Acme\\; Inc\\, "\\\\n"');
    expect(escapeIcsText("one\r\ntwo\nthree\rfour")).toBe("one\\ntwo\\nthree\\nfour");
  });

  it("drops control characters RFC 5545 forbids in TEXT but keeps tabs and quotes", () => {
    expect(escapeIcsText('a\u0000b\u0007c\td\u007F"e"')).toBe('abc\td"e"');
  });
});

describe("foldIcsLine", () => {
  it("leaves a short line alone", () => {
    expect(foldIcsLine("SUMMARY:Send the thank-you email")).toBe(
      "SUMMARY:Send the thank-you email",
    );
  });

  it("folds a long ASCII line at 75 octets, continuation lines starting with a space", () => {
    const line = `DESCRIPTION:${"x".repeat(200)}`;
    const physical = foldIcsLine(line).split("\r\n");
    expect(physical.length).toBe(3);
    expect(physical[0]).toHaveLength(MAX_LINE_OCTETS);
    expect(
      physical.slice(1).every((part) => part.startsWith(" ") && octets(part) <= MAX_LINE_OCTETS),
    ).toBe(true);
    expect(unfold(foldIcsLine(line))).toBe(line);
  });

  it.each([
    ["accents (2 octets)", "é"],
    ["CJK (3 octets)", "面"],
    ["emoji (4 octets, a surrogate pair)", "🙂"],
    ["a mix", "Zoë 面试 🙂 "],
  ])("never splits a multi-byte character: %s", (_label, unit) => {
    const line = `SUMMARY:${unit.repeat(120)}`;
    const folded = foldIcsLine(line);
    const decoder = new TextDecoder("utf-8", { fatal: true });
    for (const physical of folded.split("\r\n")) {
      const bytes = Buffer.from(physical, "utf8");
      expect(bytes.length).toBeLessThanOrEqual(MAX_LINE_OCTETS);
      // Each physical line must decode on its own (a split character would throw).
      expect(decoder.decode(bytes)).toBe(physical);
      expect(physical).not.toMatch(/[\uD800-\uDFFF]/u);
    }
    expect(unfold(folded)).toBe(line);
  });

  it("fills lines as fully as the character widths allow", () => {
    // 8 ASCII octets + 22 three-octet characters = 74 octets; the 23rd would make 77.
    const first = foldIcsLine(`SUMMARY:${"面".repeat(30)}`).split("\r\n")[0] ?? "";
    expect(octets(first)).toBe(74);
  });
});

describe("joinIcsLines", () => {
  it("ends every line, the last included, with CRLF and never a bare LF", () => {
    const stream = joinIcsLines(["BEGIN:VCALENDAR", `X-LONG:${"y".repeat(100)}`, "END:VCALENDAR"]);
    expect(stream.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(stream.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });
});

describe("escapeIcsText on any text", () => {
  it("is the RFC 5545 escaping: controls dropped, then \\ ; , and line breaks escaped", () => {
    const pieces = fc.constantFrom(
      ...'a,;\\\r\n\t\u0000\u0007\u000b\u001f\u007fé "'.split(""),
      "\r\n",
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const value = parts.join("");
        const expected = value
          // eslint-disable-next-line no-control-regex -- the controls RFC 5545 forbids in TEXT
          .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "")
          .replace(/\\/g, "\\\\")
          .replace(/;/g, "\\;")
          .replace(/,/g, "\\,")
          .replace(/\r\n|\r|\n/g, "\\n");
        expect(escapeIcsText(value)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("foldIcsLine on short lines", () => {
  // foldIcsLine returns lines of up to 25 code units untouched without scanning them: proof
  // that any such line, whatever characters it holds, fits in 75 octets.
  it("leaves every line of 25 code units or fewer as it is, within 75 octets", () => {
    const unit = fc.oneof(
      fc.string({ unit: "binary", maxLength: 25 }),
      fc.string({ unit: fc.constantFrom("a", "é", "面", "😀", "\uD800"), maxLength: 25 }),
    );
    fc.assert(
      fc.property(unit, (raw) => {
        const line = raw.slice(0, 25);
        expect(octets(line)).toBeLessThanOrEqual(MAX_LINE_OCTETS);
        expect(foldIcsLine(line)).toBe(line);
      }),
      { numRuns: 2000 },
    );
  });
});

/** The code-point-at-a-time fold the sliced one replaced. */
function foldReference(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  for (const char of line) {
    const point = char.codePointAt(0) ?? 0;
    const size = point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

describe("foldIcsLine equals the code-point-at-a-time fold (property)", () => {
  it("on any line, surrogate pairs and lone surrogates included", () => {
    const unit = fc.constantFrom(
      "a",
      " ",
      "é",
      "ß",
      "面",
      "😀",
      "\uD800",
      "\uDC00",
      "\u07ff",
      "\u0800",
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 200 }), (units) => {
        const line = `DESCRIPTION:${units.join("")}`;
        expect(foldIcsLine(line)).toBe(foldReference(line));
      }),
      { numRuns: 3000, seed: 20261130 },
    );
  });
});
