import type { Store } from "../src/store/store.port.js";
import type { DeliveryHealth } from "./http.server.js";

/** A due row older than this, or a lease that ran out, makes /healthz say "degraded". */
const BACKLOG_DEGRADED_SEC = 10 * 60;
/** /healthz must answer even when the database stalls. */
const HEALTH_TIMEOUT_MS = 3_000;

/** The outbox part of /healthz, or null when the database does not answer in time. */
export async function deliveryHealth(store: Store, now: Date = new Date()): Promise<{ health: DeliveryHealth; degraded: boolean } | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => { timer = setTimeout(() => resolve(null), HEALTH_TIMEOUT_MS); });
  const read = (async () => {
    const [outbox, scopes] = await Promise.all([store.outboxHealth(now), store.listDeliveryScopes({ states: ["broken", "waiting_invite"] })]);
    const broken = scopes.filter((s) => s.state === "broken");
    const ageSec = outbox.oldestDueAt ? Math.max(0, Math.round((now.getTime() - outbox.oldestDueAt.getTime()) / 1000)) : null;
    const health: DeliveryHealth = {
      depth: outbox.depth, due: outbox.due, oldestDueAt: outbox.oldestDueAt?.toISOString() ?? null, oldestDueAgeSec: ageSec,
      stuckLeases: outbox.stuckLeases, failedLastDay: outbox.failedLastDay,
      brokenInstallations: broken.map((s) => ({ workspace: s.scope, reason: s.reason, since: s.since.toISOString() })),
      waitingForInvite: scopes.length - broken.length,
    };
    return { health, degraded: broken.length > 0 || outbox.stuckLeases > 0 || (ageSec ?? 0) > BACKLOG_DEGRADED_SEC };
  })().catch(() => null);
  try {
    return await Promise.race([read, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
