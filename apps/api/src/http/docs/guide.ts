/**
 * The reference's opening pages (the document's `info.description`, rendered as Markdown by the
 * reference page): what a third party reads before the routes.
 */
export const GUIDE = `Rebound turns a debrief of an interview that went badly into a dated recovery plan grounded in
expert advice, drafts every message the plan needs, and checks any draft against the guards
(a blanket apology, excuses, a slip the interviewer never noticed…). This reference covers the
REST API under \`/api/v1\`. Every route answers JSON, and every answer carries an
\`X-Request-Id\`.

## Getting started

1. Start a server: \`npx -y pnpm@10.34.8 install && npx -y pnpm@10.34.8 start\` in the repository
   (it listens on \`http://127.0.0.1:3000\`), or use your deployment's URL.
2. Build a plan. No key is needed:

\`\`\`sh
curl -sS -X POST http://127.0.0.1:3000/api/v1/plan \\
  -H 'content-type: application/json' \\
  -d '{
    "debrief": {
      "interview": { "endedAt": "2026-11-20T15:00:00Z" },
      "organisation": { "name": "Northwind Analytics" }
    },
    "tone": "warm"
  }'
\`\`\`

3. From TypeScript, install the typed client (\`npm install @rebound/client\`): every path, body
   and answer below is typed, errors included.

\`\`\`ts
import { createReboundClient } from "@rebound/client";

const rebound = createReboundClient({ baseUrl: "http://127.0.0.1:3000" });
const { data, error } = await rebound.POST("/plan", {
  body: {
    debrief: {
      interview: { endedAt: "2026-11-20T15:00:00Z" },
      organisation: { name: "Northwind Analytics" },
    },
    tone: "warm",
  },
});
if (error) throw new Error(\`\${error.error.code}: \${error.error.message}\`);
console.log(data.plan.steps.map((step) => step.title));
\`\`\`

Each route below shows a request and its answer, with curl and with the client. Dates are ISO
8601 with an offset (\`2026-11-20T15:00:00Z\`); a debrief needs only \`interview.endedAt\` and
\`organisation.name\`, and every other answer makes the plan better.

## Authentication

An agency (or any third party) gets two keys from \`pnpm --filter @rebound/api agency:create\`:

- **Publishable key** (\`pk_…\`): goes in your web pages, in the widget's snippet and in \`key\`
  of the \`/widget/*\` routes. It only identifies your agency, and only works from the origins
  you allowed.
- **Secret key** (\`sk_…\`): stays on your server, sent as \`Authorization: Bearer sk_…\`. It
  reads and changes your agency (\`/agency/*\`), raises your rate limit and counts your plans
  in your usage.

The plan, message and debrief routes are open to anyone; a secret key is optional there. A
bearer token that is not a valid key is refused with 401 on every route, so a typo in a key
shows at once. The secret key is shown once, when it is created; only its scrypt hash is
stored. Never put it in a browser.

## Errors

Every error, whatever raised it, has one shape:

\`\`\`json
{
  "error": {
    "code": "BAD_REQUEST",
    "status": 400,
    "message": "Input is not valid. debrief.interview.endedAt: When the interview ended must be a date and time such as 2026-11-21T10:30:00Z.",
    "requestId": "req_3m9VJ0cYk2b1xq7T",
    "issues": [{ "path": "debrief.interview.endedAt", "message": "When the interview ended must be a date and time such as 2026-11-21T10:30:00Z." }]
  }
}
\`\`\`

| status | code | when |
| --- | --- | --- |
| 400 | \`BAD_REQUEST\` | a field is missing or wrong (\`issues\` names each one by its dotted path), a field is unknown, or the body is not JSON |
| 401 | \`UNAUTHORIZED\` | a secret key is needed, or the key sent is not valid |
| 403 | \`FORBIDDEN\` | the widget's host page is not one of the agency's allowed origins |
| 404 | \`NOT_FOUND\` | no such record (a wrong resume token answers the same as an unknown id), or no such route |
| 405 | \`METHOD_NOT_SUPPORTED\` | the path exists with another method; \`Allow\` lists them |
| 409 | \`CONFLICT\` | a request with the same \`Idempotency-Key\` is still running |
| 413 | \`PAYLOAD_TOO_LARGE\` | the body is over the limit (256 KB by default) |
| 414 | \`URI_TOO_LONG\` | the URL is over 8,192 characters |
| 415 | \`UNSUPPORTED_MEDIA_TYPE\` | the body is not sent as \`application/json\` |
| 422 | \`UNPROCESSABLE_CONTENT\` | the \`Idempotency-Key\` was used with another request |
| 429 | \`TOO_MANY_REQUESTS\` | over the rate limit; wait \`Retry-After\` seconds |
| 431 | \`REQUEST_HEADER_FIELDS_TOO_LARGE\` | the headers are over 16 KB |
| 500 | \`INTERNAL_SERVER_ERROR\` | our fault: the message says nothing more, quote the \`requestId\` |

**Unknown fields are refused.** A body or query with a field an operation does not define
answers 400 with that field's path (\`"debrief.organisation.sise: Unknown field…"\`), so a
misspelt optional field never goes silently unused.

Only \`issues\` is optional; nothing else ever appears in an error. (The tRPC endpoint at
\`/api/trpc\`, for the TypeScript tRPC client, keeps tRPC's own envelope with the same code,
status, request id and issues inside its \`data\`.)

## Rate limits

Every API answer says where you stand:

| header | meaning |
| --- | --- |
| \`X-RateLimit-Limit\` | requests allowed per window (one minute by default) |
| \`X-RateLimit-Remaining\` | requests left in this window |
| \`X-RateLimit-Reset\` | seconds until the window resets |
| \`Retry-After\` | on a 429 only: seconds to wait |

Anonymous callers are counted per IP address (120 a minute by default); a valid secret key is
counted per key, with a larger budget (1,200 a minute by default). The client exposes these
headers as \`rateLimitOf(response)\`.

## Idempotency

Network failures happen after the server acted as often as before. To retry safely, send an
\`Idempotency-Key\` header (a fresh random value, such as a UUID) on the POSTs that create
something: \`/debriefs\`, \`/widget/share\` and \`/widget/event\`.

- The same key with the same body within 24 hours answers exactly as the first time, without
  doing it again, and adds \`Idempotent-Replayed: true\`.
- The same key with a different body answers 422.
- A duplicate sent while the first request is still running answers 409 with \`Retry-After\`.
- Only successes are kept: after an error nothing was created, and the key can be retried.

Keys are kept per caller (per secret key, or per IP address for anonymous callers), hashed;
the stored answer is encrypted with a key derived from yours.

## Saved debriefs

\`POST /debriefs\` answers an \`id\` and a \`resumeToken\` (256 random bits, shown once, stored
only as a hash). Every later call sends both in the body, never in a URL.
`;
