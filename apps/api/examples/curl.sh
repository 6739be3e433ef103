#!/bin/sh
# The REST routes, for callers without TypeScript. The document is at $REBOUND_URL/api/openapi.json.
# Usage: REBOUND_URL=http://127.0.0.1:3000 REBOUND_SECRET_KEY=sk_… sh examples/curl.sh
set -eu
REBOUND_URL="${REBOUND_URL:-http://127.0.0.1:3000}"

# A plan from a debrief (no key needed; a key raises the rate limit).
curl -sS -X POST "$REBOUND_URL/api/v1/plan" \
  -H 'content-type: application/json' \
  -d '{"debrief":{"interview":{"endedAt":"2026-11-20T15:00:00Z"},"organisation":{"name":"Northwind Analytics"}},"now":"2026-11-21T09:00:00Z"}'
echo

# Your agency's counts for the last week (needs the secret key).
curl -sS "$REBOUND_URL/api/v1/agency/usage?days=7" -H "authorization: Bearer $REBOUND_SECRET_KEY"
echo
