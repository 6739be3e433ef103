import { Writable } from "node:stream";

export interface CapturedLog {
  stream: Writable;
  /** Every line written so far, as written (pino writes one JSON object per line). */
  readonly lines: string[];
}

/** A stream to hand the server's logger, keeping each line so a test can read what was logged. */
export function captureLog(): CapturedLog {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split("\n").filter(Boolean));
      done();
    },
  });
  return { stream, lines };
}
