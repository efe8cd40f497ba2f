import type { ChatPoster, PostedMessage, PostOptions } from "../../src/domain/chat.js";
import { BreachRadarError } from "../../src/domain/errors.js";
import type { Incident } from "../../src/domain/incident.js";
import type { View } from "../../src/domain/view.js";
import type { Clock } from "../../src/clock.js";
import { silentLogger } from "../../src/logger.js";
import { createBotCore } from "../../src/bot/index.js";
import { createScheduler, type DeliverySettings, type Scheduler } from "../../src/schedule/index.js";
import type { IncidentWrite, Store } from "../../src/store/store.port.js";

let counter = 0;

/** Writes one incident through the real store, as ingestion would. */
export async function addIncident(store: Store, at: Date, patch: Partial<Incident> & { id: string }): Promise<void> {
  counter++;
  const incident: IncidentWrite["incident"] = {
    title: `${patch.id} data breach`, victims: [patch.id.split("-")[0]!], victimGroup: null, sector: "airline",
    thirdParty: true, vendor: null, vector: null, exposed: ["name", "email"], notExposed: [], affectedCount: 1000,
    actors: [], detectedAt: null, disclosedAt: at.toISOString().slice(0, 10), regulators: [], status: "reported",
    severity: "medium", conflicts: [], ...patch,
  };
  await store.applyIncidentWrite({
    incident, isNew: true, at, supersedes: [],
    source: { url: `https://news.example/${patch.id}/${counter}`, outlet: "Example News", title: incident.title, publishedAt: at, language: "en", contentHash: `h${counter}`, fetchedAt: at },
    facts: [{ field: "victims", value: incident.victims }, { field: "exposed", value: incident.exposed }],
    changes: [{ kind: "new_incident", field: null, text: `new incident: ${incident.title}` }],
  });
}

export interface RecordedPost {
  target: string;
  view: View;
  key: string | undefined;
}

/**
 * What a target answers next: a rate limit, a gone channel, a transient error, the bot not being in the
 * channel, a broken token, a rejected message, or "posted, but the answer was lost" (the post is
 * recorded, then OUTCOME_UNKNOWN is thrown).
 */
export type Scripted = "429" | "gone" | "error" | "not_in_channel" | "auth" | "rejected" | "lost_answer";

/**
 * A chat platform on the far side of the ChatPoster port that records posts and their idempotency keys,
 * like Slack's message metadata: `findPosted` finds them. `failures` scripts a target's next answers;
 * `always` makes a target answer the same way until cleared.
 */
export function recordingPoster(platform: "slack" | "teams" = "slack", options: { canFind?: boolean } = {}) {
  const posts: RecordedPost[] = [];
  const failures = new Map<string, Scripted[]>();
  const always = new Map<string, Scripted>();
  const attempts: string[] = [];
  let seq = 0;
  const record = (target: string, view: View, key: string | undefined): PostedMessage => {
    posts.push({ target, view, key });
    const id = `m${++seq}`;
    return { messageId: id, threadId: id };
  };
  const poster: ChatPoster & {
    posts: RecordedPost[]; failures: Map<string, Scripted[]>; always: Map<string, Scripted>; attempts: string[];
    countKey(key: string): number;
  } = {
    platform, posts, failures, always, attempts,
    countKey: (key) => posts.filter((p) => p.key === key).length,
    async post(target: string, view: View, opts: PostOptions = {}): Promise<PostedMessage> {
      attempts.push(target);
      const next = failures.get(target)?.shift() ?? always.get(target);
      if (next === "429") throw new BreachRadarError("RATE_LIMITED", "ratelimited", { retryAfterSec: 30 });
      if (next === "gone") throw new BreachRadarError("TARGET_GONE", "channel_not_found");
      if (next === "error") throw new BreachRadarError("PLATFORM_ERROR", "internal_error");
      if (next === "not_in_channel") throw new BreachRadarError("NOT_IN_CHANNEL", "not_in_channel");
      if (next === "auth") throw new BreachRadarError("INSTALLATION_BROKEN", "invalid_auth");
      if (next === "rejected") throw new BreachRadarError("POST_REJECTED", "msg_too_long");
      if (next === "lost_answer") {
        record(target, view, opts.idempotencyKey);
        throw new BreachRadarError("OUTCOME_UNKNOWN", "socket hang up");
      }
      return record(target, view, opts.idempotencyKey);
    },
    directTarget: (workspaceId: string, userId: string) => `${platform}:${workspaceId}:${userId}`,
  };
  if (options.canFind !== false) {
    poster.findPosted = async (target: string, key: string) => {
      const index = posts.findIndex((p) => p.target === target && p.key === key);
      return index < 0 ? null : { messageId: `m${index + 1}`, threadId: `m${index + 1}` };
    };
  }
  return poster;
}

export function subscription(target: string, over: Partial<Parameters<Store["upsertSubscription"]>[0]> = {}): Parameters<Store["upsertSubscription"]>[0] {
  return {
    platform: "slack", workspaceId: target.split(":")[1] ?? "T1", target, digestTime: "08:00", timeZone: "Europe/Paris",
    sectors: [], minSeverity: "low", postWhenEmpty: true, liveAlerts: false, createdBy: "U1", ...over,
  };
}

/** A scheduler on `store` with no cron: tests drive it with `deliverNow`. */
export function testScheduler(store: Store, posters: ChatPoster[], clock: Clock, delivery: Partial<DeliverySettings> = {}, owner?: string): Scheduler {
  return createScheduler({
    store, posters, clock, owner, core: createBotCore({ store, logger: silentLogger }), logger: silentLogger,
    ingestor: { pollAllFeeds: async () => ({}) }, config: { FEED_POLL_CRON: "*/15 * * * *", RETENTION_DAYS: 180 },
    delivery: { postTimeoutMs: 2_000, ...delivery },
  });
}

/** One planning tick, then every due row posted (what a replica does within a few seconds). */
export async function deliverNow(scheduler: Scheduler): Promise<number> {
  await scheduler.planner.planOnce();
  return scheduler.outbox.runUntilIdle();
}
