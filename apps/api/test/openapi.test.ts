import SwaggerParser from "@apidevtools/swagger-parser";
import type { OpenApiMeta } from "trpc-to-openapi";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { answerExamples } from "../src/http/docs/answer-examples.js";
import { REQUEST_EXAMPLES } from "../src/http/docs/examples.js";
import { PROCEDURES } from "../src/http/procedures.js";
import { unknownFieldIssues } from "../src/http/unknown-fields.js";
import { buildOpenApiDocument, REST_BASE } from "../src/http/openapi.js";
import { saveDebrief } from "../src/store/saved-debriefs.js";
import { recordShare } from "../src/store/shares.js";
import { saveWebhookEndpoint } from "../src/store/webhook-endpoints.js";
import { DATABASE_TARGETS } from "./support/databases.js";
import { debriefInput, TEST_NOW } from "./support/debrief.js";
import { TEST_SECRETS_KEY } from "./support/secrets.js";
import { AGENCY_ORIGIN, useTestApp } from "./support/test-app.js";
import { DebriefSchema } from "@rebound/core";

type Operation = { operationId: string; security?: unknown[] };
type Json = Record<string, unknown>;

function operationsOf(document: Awaited<ReturnType<typeof buildOpenApiDocument>>) {
  return Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item as Record<string, Operation>).map(([method, operation]) => ({
      path,
      method,
      operation,
    })),
  );
}

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const document = await buildOpenApiDocument();
    expect(document.openapi).toBe("3.1.0");
    // The validator dereferences in place: give it a copy.
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeDefined();
  });

  it("marks exactly the agency routes as needing a key", async () => {
    const protectedPaths = operationsOf(await buildOpenApiDocument())
      .filter(({ operation }) => (operation.security ?? []).length > 0)
      .map(({ method, path }) => `${method} ${path}`);
    expect(protectedPaths.sort()).toEqual([
      "delete /agency/shares",
      "delete /agency/webhook",
      "get /agency",
      "get /agency/shares",
      "get /agency/usage",
      "get /agency/webhook",
      "get /agency/webhook/deliveries",
      "patch /agency",
      "post /agency/secret-key/roll",
      "post /agency/webhook/secret/roll",
      "post /agency/webhook/test",
      "put /agency/webhook",
    ]);
  });
});

describe("one request per REST route, taken from the document's own paths", () => {
  const test = useTestApp(DATABASE_TARGETS[0]!);

  it("answers every documented operation with 200", async () => {
    const debrief = debriefInput();
    const saved = () => saveDebrief(test.database.db, DebriefSchema.parse(debrief));
    const key = test.agency.agency.publishableKey;
    // The document lists paths in its own order: operations that need an endpoint make sure of one.
    const withEndpoint = async () => {
      await saveWebhookEndpoint(
        test.database.db,
        test.agency.agency.id,
        "http://127.0.0.1:9/hooks",
        {
          secretsKey: Buffer.from(TEST_SECRETS_KEY, "base64"),
          now: TEST_NOW,
        },
      );
      return {};
    };
    // One valid input per operation id; a new route without a sample fails here on purpose.
    const samples: Record<
      string,
      () => Record<string, unknown> | Promise<Record<string, unknown>>
    > = {
      "plan-build": () => ({ debrief, tone: "warm" }),
      "messages-render": () => ({ templateId: "thank-you-email", debrief, tone: "formal" }),
      "messages-lint": () => ({
        text: "Dear Marie, thank you for your time.",
        debrief,
        channel: "email",
      }),
      "catalogue-strategies": () => ({}),
      "catalogue-templates": () => ({}),
      "debriefs-save": () => ({ debrief }),
      "debriefs-get": async () => ({ ...(await saved()) }),
      "debriefs-update": async () => ({ ...(await saved()), debrief }),
      "debriefs-setStatus": async () => ({ ...(await saved()), status: "rejected" }),
      "debriefs-delete": async () => ({ ...(await saved()) }),
      "widget-config": () => ({ key, hostOrigin: AGENCY_ORIGIN }),
      "widget-share": () => ({
        key,
        hostOrigin: AGENCY_ORIGIN,
        consent: true,
        summary: { name: "Sam", contact: "sam@example.com", planHeadline: "Thank-you email first" },
      }),
      "widget-event": () => ({ key, hostOrigin: AGENCY_ORIGIN, event: "draftCopied" }),
      "agency-get": () => ({}),
      "agency-update": () => ({ copy: { title: "Acme, after the interview" } }),
      "agency-shares": () => ({}),
      "agency-deleteShare": async () => ({
        id: await recordShare(
          test.database.db,
          test.agency.agency.id,
          { name: "Sam", contact: "sam@example.com", planHeadline: "Thank-you email first" },
          TEST_NOW,
        ),
      }),
      // An overlap keeps the key this test signs its other calls with working.
      "agency-rollSecretKey": () => ({ overlapMinutes: 60 }),
      "agency-usage": () => ({ days: "7" }),
      "widget-status": () => ({ key, mode: "inline" }),
      // Port 9 (discard) refuses at once: the test event fails quietly in the background.
      "webhooks-set": () => ({ url: "http://127.0.0.1:9/hooks" }),
      "webhooks-get": () => ({}),
      "webhooks-rollSecret": async () => ({ ...(await withEndpoint()), overlapHours: 1 }),
      "webhooks-sendTest": withEndpoint,
      "webhooks-deliveries": () => ({}),
      "webhooks-remove": () => ({}),
    };

    const document = await buildOpenApiDocument();
    const operations = operationsOf(document);
    expect(operations.map(({ operation }) => operation.operationId).sort()).toEqual(
      Object.keys(samples).sort(),
    );

    for (const { path, method, operation } of operations) {
      const input = await samples[operation.operationId]!();
      const inQuery = method === "get" || method === "delete";
      const query = inQuery
        ? `?${new URLSearchParams(input as Record<string, string>).toString()}`
        : "";
      const response = await test.app.inject({
        method: method.toUpperCase() as "GET",
        url: `${REST_BASE}${path}${query}`,
        headers: { ...(operation.security ? test.bearer : {}), origin: AGENCY_ORIGIN },
        ...(inQuery ? {} : { payload: input }),
      });
      expect(response.statusCode, `${method} ${path}: ${response.body.slice(0, 300)}`).toBe(200);
    }
  });
});

describe("the reference's examples", () => {
  it("every operation shows a request and an answer its own schemas accept, in curl and with the client", async () => {
    const document = await buildOpenApiDocument();
    const answers = await answerExamples();
    for (const [procedurePath, procedure] of Object.entries(PROCEDURES)) {
      const openapi = (procedure?._def.meta as OpenApiMeta | undefined)?.openapi;
      if (openapi === undefined) continue;
      const operation = (document.paths?.[openapi.path] as Record<string, Json>)[
        openapi.method.toLowerCase()
      ]!;
      const samples = operation["x-codeSamples"] as { label: string; source: string }[];
      expect(
        samples.map((sample) => sample.label),
        procedurePath,
      ).toEqual(["curl", "@rebound/client"]);
      expect(samples[0]!.source, procedurePath).toContain(`/api/v1${openapi.path}`);

      const request = REQUEST_EXAMPLES[procedurePath];
      expect(request, procedurePath).toBeDefined();
      const input = procedure!._def.inputs[0] as z.ZodType | undefined;
      if (request !== null && input !== undefined) {
        expect(input.safeParse(request).success, procedurePath).toBe(true);
        expect(unknownFieldIssues(input, request), procedurePath).toEqual([]);
      }
      const output = (procedure!._def as { output?: z.ZodType }).output;
      const answer = answers[procedurePath];
      const shown = Array.isArray(answer) ? answer : [answer];
      for (const entry of shown) {
        const schema = output instanceof z.ZodArray ? (output.element as z.ZodType) : output;
        expect(schema?.safeParse(entry).success, procedurePath).toBe(true);
      }
    }
  });

  it("keeps the document readable: named schemas, no date regexes", async () => {
    const text = JSON.stringify(await buildOpenApiDocument());
    expect(text).not.toContain("(?:(?:\\\\d\\\\d[2468][048]");
    expect(text).toContain('"$ref":"#/components/schemas/Debrief"');
    expect(text).not.toContain('"error.BAD_REQUEST"');
  });
});
