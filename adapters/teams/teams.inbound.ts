import type { Activity } from "botbuilder";
import type { TeamsBotAuth } from "./teams.auth.js";

export type AuthenticateRequestResult = Awaited<ReturnType<TeamsBotAuth["authenticateRequest"]>>;

/** The outcome of checking an inbound request's Bot Framework token. Bodies are generic on purpose. */
export type InboundAuth =
  | { ok: true; result: AuthenticateRequestResult }
  | { ok: false; status: 401 | 503; body: string; cause: unknown };

/** Statuses of an AuthenticationError that mean "this token is not acceptable". */
const REJECTION_STATUSES = new Set([400, 401, 403]);

/**
 * Was the request refused (bad, missing or foreign token), as opposed to our side failing to check
 * it (signing keys or OpenID metadata unreachable, which the SDK reports as a 500 or a fetch error)?
 */
function isRejection(error: unknown): boolean {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  if (typeof status === "number") return REJECTION_STATUSES.has(status);
  return error instanceof Error && /^(unauthorized|'authheader')/i.test(error.message);
}

/**
 * Authenticates before the turn, so that an outage of Microsoft's token endpoints is a 503 with a
 * generic body (Bot Service retries) instead of a 500 carrying the SDK's message and URLs.
 */
export async function authenticateInbound(auth: TeamsBotAuth, activity: Partial<Activity>, authHeader: string): Promise<InboundAuth> {
  try {
    return { ok: true, result: await auth.authenticateRequest(activity as Activity, authHeader) };
  } catch (error) {
    return isRejection(error)
      ? { ok: false, status: 401, body: "unauthorized", cause: error }
      : { ok: false, status: 503, body: "authentication is temporarily unavailable; retry later", cause: error };
  }
}
