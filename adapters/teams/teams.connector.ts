import type { TeamsBotAuth } from "./teams.auth.js";

/** The part of @azure/core-rest-pipeline's Pipeline we adjust. */
interface PipelineLike {
  removePolicy(options: { name: string }): unknown[];
  addPolicy(policy: { name: string; sendRequest(request: { timeout: number }, next: (request: unknown) => Promise<unknown>): Promise<unknown> }): void;
}
type ConnectorFactoryLike = { create(serviceUrl: string, audience?: string): Promise<unknown> };

/** The retry policy @azure/core-rest-pipeline puts in every client: 3 retries, waiting out Retry-After (even 90 s). */
const SDK_RETRY_POLICY = "defaultRetryPolicy";

/**
 * Makes a connector client answer after ONE attempt within `timeoutMs`: its retry policy is removed and
 * a timeout set on each request. botframework-connector builds the core-client `ServiceClient` inside a
 * private `client` field and offers no option for this; returns false when that shape is not found
 * (test/delivery/teams.delivery.test.ts fails loudly if an SDK upgrade changes it).
 */
export function tuneConnectorClient(connectorClient: unknown, timeoutMs: number): boolean {
  const pipeline = (connectorClient as { client?: { pipeline?: PipelineLike } } | null)?.client?.pipeline;
  if (!pipeline || typeof pipeline.removePolicy !== "function" || typeof pipeline.addPolicy !== "function") return false;
  pipeline.removePolicy({ name: SDK_RETRY_POLICY });
  pipeline.removePolicy({ name: "breachRadarTimeout" });
  pipeline.addPolicy({
    name: "breachRadarTimeout",
    sendRequest: (request, next) => {
      request.timeout = timeoutMs;
      return next(request);
    },
  });
  return true;
}

/**
 * Bot Framework authentication for proactive posts: the same credentials and clouds, but every connector
 * client it makes is tuned by `tuneConnectorClient`, so a 429 with Retry-After 90 comes back to the outbox
 * at once (which stores it on the conversation for every replica) instead of stalling inside the SDK.
 */
export function proactiveAuth(auth: TeamsBotAuth, timeoutMs: number, onUntuned: () => void): TeamsBotAuth {
  return new Proxy(auth, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (property !== "createConnectorFactory" || typeof value !== "function") {
        return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      }
      return (...args: unknown[]) => {
        const factory = (value as (...a: unknown[]) => ConnectorFactoryLike).apply(target, args);
        return {
          async create(serviceUrl: string, audience?: string) {
            const client = await factory.create(serviceUrl, audience);
            if (!tuneConnectorClient(client, timeoutMs)) onUntuned();
            return client;
          },
        };
      };
    },
  });
}
