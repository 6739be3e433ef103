import Fastify, { LogController, type FastifyInstance } from "fastify";
import type { AppConfig } from "./config.js";
import { ANONYMOUS } from "./context.js";
import type { DatabaseHandle } from "./db/create-database.js";
import {
  clientErrorHandler,
  frameworkErrors,
  MAX_URL_LENGTH,
  registerErrorHandler,
  registerNotFound,
  registerUrlLimit,
  trackRouteMethods,
} from "./http/error-handlers.js";
import "./http/fastify-types.js";
import { registerHealth } from "./http/health.js";
import { registerLifecycle } from "./http/lifecycle-hooks.js";
import { loggerOptions, registerAccessLog } from "./http/logging.js";
import { registerRest } from "./http/openapi.js";
import { newRequestId, registerRequestId } from "./http/request-id.js";
import { createAuthResolver } from "./http/resolve-auth.js";
import { isApiRoute } from "./http/api-route.js";
import { registerRateLimit } from "./http/rate-limit.js";
import { registerCors, registerSecurityHeaders } from "./http/security.js";
import { registerMcp } from "./mcp/http.js";
import { registerStaticAssets } from "./http/static-assets.js";
import { registerBatchCap } from "./http/trpc-calls.js";
import { contextFactory, registerTrpc } from "./http/trpc-routes.js";
import { registerSharesCsv } from "./http/shares-csv.js";
import { createRateLimiter } from "./limits/rate-limiter.js";
import { resolveSecretsKey } from "./security/secrets-key.js";
import { startWebhookDispatcher } from "./webhooks/dispatcher.js";

export interface ServerOptions {
  config: AppConfig;
  /** An open, migrated database; the server closes it on shutdown only if `ownsDatabase`. */
  database: DatabaseHandle;
  ownsDatabase?: boolean;
  now?: () => Date;
  /** Tests pass false to keep their output quiet, or a stream to read the log lines. */
  logger?: false | { stream: NodeJS.WritableStream };
}

/** Builds the whole HTTP app without listening, so tests drive it in-process with `inject`. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const { config, database } = options;
  const now = options.now ?? (() => new Date());
  const app = Fastify({
    logger:
      options.logger === false ? false : loggerOptions(config.logLevel, options.logger?.stream),
    // Our own access log (http/logging.ts) replaces Fastify's, which would log full URLs.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    // tRPC batch paths join procedure names with commas: allow long ones, up to the URL limit.
    routerOptions: { maxParamLength: MAX_URL_LENGTH },
    genReqId: newRequestId,
    requestIdHeader: false,
    frameworkErrors: frameworkErrors(config.bodyLimit),
    clientErrorHandler,
  });
  const routeMethods = trackRouteMethods(app);
  registerRequestId(app);

  const resolveAuth = createAuthResolver(database.db, config, now);
  app.decorateRequest("auth", null as unknown as typeof ANONYMOUS);
  app.addHook("onRequest", (request, _reply, done) => {
    const { authorization, cookie } = request.headers;
    // Pages, assets and callers with neither a key nor a cookie are settled here, synchronously.
    if (!isApiRoute(request) || (authorization === undefined && cookie === undefined)) {
      request.auth = ANONYMOUS;
      done();
      return;
    }
    resolveAuth({ authorization, cookie }).then((auth) => {
      request.auth = auth;
      done();
    }, done);
  });

  const lifecycle = registerLifecycle(app);
  registerAccessLog(app);
  registerErrorHandler(app, config.bodyLimit);
  registerSecurityHeaders(app);
  registerUrlLimit(app);
  await registerCors(app, database.db);
  const limiter = createRateLimiter(config.rateLimit, app.log);
  app.addHook("onClose", () => limiter.close());
  registerBatchCap(app);
  registerRateLimit(app, limiter);

  registerHealth(app, database, limiter, lifecycle);
  const secretsKey = resolveSecretsKey(config.secrets);
  const createContext = contextFactory(
    database.db,
    now,
    { secretsKey, allowLoopback: config.webhooks.allowLoopback },
    limiter,
  );
  await registerTrpc(app, createContext);
  await registerRest(app, createContext);
  registerMcp(app, { allowedHosts: config.mcpAllowedHosts ?? [], now });
  registerSharesCsv(app, database.db);
  const spaFallback = await registerStaticAssets(app, database.db, config);
  registerNotFound(app, spaFallback, routeMethods);

  const webhooks = startWebhookDispatcher({
    db: database.db,
    secretsKey,
    config: config.webhooks,
    log: app.log,
    now,
  });
  // The outbox stops before the database closes: attempts in flight give their claims back.
  app.addHook("onClose", async () => {
    await webhooks.stop();
    if (options.ownsDatabase === true) await database.close();
  });
  return app;
}
