import type { ChatPoster } from "../domain/chat.js";
import { isBreachRadarError } from "../domain/errors.js";
import type { View } from "../domain/view.js";
import type { Clock } from "../clock.js";
import type { Logger } from "../logger.js";
import type { Store } from "../store/store.port.js";

export interface DeliveryDeps {
  store: Store;
  posters: ChatPoster[];
  logger: Logger;
  clock: Clock;
  /** Targets cooling down after a 429, until the given epoch ms. Shared across runs of this process. */
  cooldown: Map<string, number>;
}

export interface DeliveryRequest {
  /** Unique delivery key: the same key is posted at most once, across restarts and replicas. */
  key: string;
  target: string;
  kind: "digest" | "alert" | "watch";
  view: View;
  incidentId?: string | null;
  conversationRef?: unknown;
  late?: boolean;
}

export type DeliveryOutcome =
  | { status: "posted"; messageId: string }
  | { status: "duplicate" }
  | { status: "no_platform" }
  | { status: "rate_limited"; retryAfterSec: number }
  | { status: "target_gone"; reason: string }
  | { status: "failed"; reason: string };

function posterFor(posters: ChatPoster[], target: string): ChatPoster | undefined {
  const platform = target.split(":", 1)[0];
  return posters.find((p) => p.platform === platform);
}

/**
 * Claims the delivery key, posts, and records the outcome. A failed post releases the claim
 * so a later run retries it; a 429 also puts the target on cooldown for Retry-After seconds.
 */
export async function deliverOnce(deps: DeliveryDeps, req: DeliveryRequest): Promise<DeliveryOutcome> {
  const poster = posterFor(deps.posters, req.target);
  if (!poster) return { status: "no_platform" };
  const now = deps.clock.now().getTime();
  const until = deps.cooldown.get(req.target);
  if (until !== undefined && until > now) return { status: "rate_limited", retryAfterSec: Math.ceil((until - now) / 1000) };

  const won = await deps.store.claimDelivery({ key: req.key, target: req.target, kind: req.kind, incidentId: req.incidentId ?? null });
  if (!won) return { status: "duplicate" };
  try {
    const posted = await poster.post(req.target, req.view, { conversationRef: req.conversationRef });
    await deps.store.completeDelivery(req.key, { messageId: posted.messageId, late: req.late ?? false });
    if (req.incidentId) {
      await deps.store.recordPost({ target: req.target, messageId: posted.messageId, threadId: posted.threadId, incidentId: req.incidentId });
    }
    return { status: "posted", messageId: posted.messageId };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    await deps.store.releaseDelivery(req.key, reason).catch((e: unknown) => deps.logger.error("could not release delivery", { key: req.key, error: e }));
    if (isBreachRadarError(error, "RATE_LIMITED")) {
      const retryAfterSec = error.retryAfterSec ?? 60;
      deps.cooldown.set(req.target, now + retryAfterSec * 1000);
      deps.logger.warn("rate limited; will retry later", { target: req.target, key: req.key, retryAfterSec });
      return { status: "rate_limited", retryAfterSec };
    }
    if (isBreachRadarError(error, "TARGET_GONE")) {
      deps.logger.warn("target gone", { target: req.target, key: req.key, reason });
      return { status: "target_gone", reason };
    }
    deps.logger.error("post failed; will retry later", { target: req.target, key: req.key, error });
    return { status: "failed", reason };
  }
}
