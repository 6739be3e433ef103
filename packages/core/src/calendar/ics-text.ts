/**
 * RFC 5545 text helpers: escaping TEXT values (§3.3.11) and folding content lines (§3.1).
 * Written by hand because core stays dependency-free apart from zod.
 */

import { codeUnitsAt } from "../text/code-units.js";

// Anything `escapeIcsText` changes: every control character but tab (line breaks are ones), `\ ; ,`.
// Global: the scan jumps from one to the next (reset before each use, nothing kept between calls).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const TO_ESCAPE = /[\u0000-\u0008\u000A-\u001F\u007F\\;,]/g;

/**
 * Escape a TEXT value: backslash, semicolon, comma and every kind of line break (CR LF, CR, LF
 * each become one "\n"); control characters RFC 5545 forbids in TEXT (all but tab) are dropped
 * first, so a CR and an LF they separated still make one line break. The regex finds the few
 * characters to change (a native scan); the text between them is copied in slices.
 */
export function escapeIcsText(value: string): string {
  TO_ESCAPE.lastIndex = 0;
  let match = TO_ESCAPE.exec(value);
  // Most values (titles, dates, names) need nothing.
  if (match === null) return value;
  let escaped = "";
  let copiedTo = 0;
  // After a CR, an LF with only dropped controls between belongs to the same line break.
  let afterCr = false;
  while (match !== null) {
    const index = match.index;
    const code = value.charCodeAt(index);
    if (index !== copiedTo) afterCr = false; // kept text came between
    let replacement: string;
    if (code === 0x0d) {
      replacement = "\\n";
      afterCr = true;
    } else if (code === 0x0a) {
      replacement = afterCr ? "" : "\\n";
      afterCr = false;
    } else if (code < 0x20 || code === 0x7f) {
      replacement = ""; // dropped, and invisible to a CR LF pair around it
    } else {
      afterCr = false;
      replacement = code === 0x5c ? "\\\\" : code === 0x3b ? "\\;" : "\\,";
    }
    escaped += value.slice(copiedTo, index) + replacement;
    copiedTo = index + 1;
    match = TO_ESCAPE.exec(value);
  }
  return escaped + value.slice(copiedTo);
}

/** A content line may be at most 75 octets long, excluding the line break. */
export const MAX_LINE_OCTETS = 75;

/**
 * Fold one content line into physical lines of at most 75 octets, joined by CRLF + space.
 * It walks whole code points, so a multi-byte character (or a surrogate pair) is never split
 * across two lines: calendar apps that decode each physical line on its own stay readable.
 * Physical lines are sliced from the line, not built a character at a time.
 */
export function foldIcsLine(line: string): string {
  if (fitsUnfolded(line)) return line;
  if (isAscii(line)) return foldAscii(line);
  const parts: string[] = [];
  let start = 0;
  let octets = 0;
  // Continuation lines begin with one space, which counts towards their 75 octets.
  let limit = MAX_LINE_OCTETS;
  let index = 0;
  while (index < line.length) {
    const code = line.charCodeAt(index);
    const units = codeUnitsAt(line, index);
    // UTF-8 octets of this code point; a lone surrogate is one code point of 3 octets.
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : units === 2 ? 4 : 3;
    if (octets + size > limit) {
      parts.push(line.slice(start, index));
      start = index;
      octets = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    octets += size;
    index += units;
  }
  parts.push(line.slice(start));
  return parts.join("\r\n ");
}

/**
 * A UTF-16 code unit is at most 3 UTF-8 octets (a surrogate pair: 4 octets for 2 units), so a
 * line of 25 units or fewer fits in 75 octets whatever it holds: most lines of a calendar
 * ("BEGIN:VEVENT", "DTSTAMP:...") are that short and need no scan at all.
 */
const fitsUnfolded = (line: string): boolean => line.length * 3 <= MAX_LINE_OCTETS;

// Any UTF-16 code unit past ASCII (a regex scans a freshly joined line faster than charCodeAt).
const NON_ASCII = /[\u0080-\uFFFF]/;
const isAscii = (text: string): boolean => !NON_ASCII.test(text);

/** The common case, where one character is one octet: cut every 75 (then 74) characters. */
function foldAscii(line: string): string {
  if (line.length <= MAX_LINE_OCTETS) return line;
  const parts = [line.slice(0, MAX_LINE_OCTETS)];
  for (let start = MAX_LINE_OCTETS; start < line.length; start += MAX_LINE_OCTETS - 1)
    parts.push(line.slice(start, start + MAX_LINE_OCTETS - 1));
  return parts.join("\r\n ");
}

/** Join content lines into an iCalendar stream: every line folded, every line ended by CRLF. */
export function joinIcsLines(lines: readonly string[]): string {
  let stream = "";
  for (const line of lines) stream += `${foldIcsLine(line)}\r\n`;
  return stream;
}
