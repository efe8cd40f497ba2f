import type { Clock } from "../../clock.js";
import type { ChatPoster, PostedMessage } from "../../domain/chat.js";
import { BreachRadarError } from "../../domain/errors.js";
import type { ClaimedDelivery } from "../../store/store.port.js";
import type { Composition } from "./view.composer.js";

export type PostComposition = Extract<Composition, { kind: "post" }>;

/** How one attempt ended. */
export type AttemptOutcome =
  | { kind: "posted"; posted: PostedMessage; composition: PostComposition; foundEarlierPost: boolean }
  | { kind: "cancel"; reason: string; silentSubscriptionId?: string }
  /** `checked`: the platform confirmed no earlier attempt got through (any uncertainty is resolved). */
  | { kind: "failed"; error: unknown; checked: boolean }
  /** This worker's lease ran out before it could post (e.g. the database stalled): the row is another's now. */
  | { kind: "abandoned"; reason: string };

export interface AttemptDeps {
  posterFor(platform: string): ChatPoster | undefined;
  compose(row: ClaimedDelivery): Promise<Composition>;
  clock: Clock;
  /** The outbox's deadline for one platform call (the poster's own timeout should fire first). */
  deadlineMs: number;
  /** A post that answered after its deadline did happen: record it. */
  onLatePost(row: ClaimedDelivery, posted: PostedMessage, composition: PostComposition): void;
  /**
   * Fencing: does this worker still hold the row's lease, with margin? A worker that lost it (its
   * renewals failed while the database stalled) must not post: another worker may be taking the row over.
   */
  holdsLease(row: ClaimedDelivery): boolean;
}

/** How far before the first attempt an earlier copy of the post is looked for (clock skew margin). */
const FIND_MARGIN_MS = 2 * 60_000;

class DeadlineError extends BreachRadarError {}

/** Resolves with `work`, or rejects OUTCOME_UNKNOWN when it has not answered within `ms`. */
function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineError("OUTCOME_UNKNOWN", `${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/**
 * One delivery attempt: compose the view, look for an earlier copy when a previous attempt's outcome is
 * unknown (platforms that can), then post under a deadline. Never throws: failures are outcomes.
 */
export async function attemptDelivery(row: ClaimedDelivery, deps: AttemptDeps): Promise<AttemptOutcome> {
  const poster = deps.posterFor(row.platform);
  if (!poster) return { kind: "failed", error: new BreachRadarError("PLATFORM_ERROR", `no ${row.platform} poster in this process`), checked: false };
  let composition: Composition;
  try {
    composition = await deps.compose(row);
  } catch (error) {
    return { kind: "failed", error, checked: false };
  }
  if (composition.kind === "cancel") return composition;

  const lost = { kind: "abandoned", reason: "the lease ran out before posting" } as const;
  if (!deps.holdsLease(row)) return lost;
  let checked = false;
  if (row.uncertain && poster.findPosted) {
    try {
      const since = new Date(row.firstTriedAt.getTime() - FIND_MARGIN_MS);
      const found = await withDeadline(poster.findPosted(row.target, row.key, since), deps.deadlineMs, `${row.platform} history`);
      if (found) return { kind: "posted", posted: found, composition, foundEarlierPost: true };
      checked = true;
    } catch (error) {
      return { kind: "failed", error, checked: false };
    }
  }

  if (!deps.holdsLease(row)) return lost;
  const post = poster.post(row.target, composition.view, { conversationRef: composition.conversationRef, idempotencyKey: row.key });
  try {
    const posted = await withDeadline(post, deps.deadlineMs, `${row.platform} post`);
    return { kind: "posted", posted, composition, foundEarlierPost: false };
  } catch (error) {
    if (error instanceof DeadlineError) post.then((posted) => deps.onLatePost(row, posted, composition), () => undefined);
    return { kind: "failed", error, checked };
  }
}
