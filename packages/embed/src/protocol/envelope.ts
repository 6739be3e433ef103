/** Protocol version carried by every message; a receiver drops anything it does not speak. */
export const PROTOCOL_VERSION = 1;

/** Every message on the wire, in both directions. */
export interface Envelope<Type extends string = string, Payload = unknown> {
  rebound: typeof PROTOCOL_VERSION;
  id: string;
  type: Type;
  payload: Payload;
}

/** Message ids, instance ids and step names: short tokens, safe anywhere. */
export const TOKEN = /^[A-Za-z0-9_-]{1,64}$/;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Shape check only: version, id and type. Payloads are checked per type by the validators. */
export function isEnvelope(value: unknown): value is Envelope {
  return (
    isRecord(value) &&
    value.rebound === PROTOCOL_VERSION &&
    typeof value.id === "string" &&
    TOKEN.test(value.id) &&
    typeof value.type === "string" &&
    "payload" in value
  );
}

let counter = 0;

/** Message ids only need to be unique per page; they correlate replies, they are not secrets. */
export function nextMessageId(): string {
  counter += 1;
  return `m${Date.now().toString(36)}${counter.toString(36)}`;
}

export function envelope<Type extends string, Payload>(
  type: Type,
  payload: Payload,
  id = nextMessageId(),
): Envelope<Type, Payload> {
  return { rebound: PROTOCOL_VERSION, id, type, payload };
}
