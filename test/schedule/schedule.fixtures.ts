import type { ChatPoster, PostedMessage } from "../../src/domain/chat.js";
import { BreachRadarError } from "../../src/domain/errors.js";
import type { Incident } from "../../src/domain/incident.js";
import type { View } from "../../src/domain/view.js";
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
}

/**
 * A chat platform on the far side of the ChatPoster port that records posts. `failures` scripts
 * what a target answers next ("429", "gone", "error"); unscripted posts succeed.
 */
export function recordingPoster(platform: "slack" | "teams" = "slack"): ChatPoster & { posts: RecordedPost[]; failures: Map<string, ("429" | "gone" | "error")[]> } {
  const posts: RecordedPost[] = [];
  const failures = new Map<string, ("429" | "gone" | "error")[]>();
  return {
    platform, posts, failures,
    async post(target: string, view: View): Promise<PostedMessage> {
      const next = failures.get(target)?.shift();
      if (next === "429") throw new BreachRadarError("RATE_LIMITED", "ratelimited", { retryAfterSec: 30 });
      if (next === "gone") throw new BreachRadarError("TARGET_GONE", "channel_not_found");
      if (next === "error") throw new BreachRadarError("PLATFORM_ERROR", "internal_error");
      posts.push({ target, view });
      const id = `m${posts.length}`;
      return { messageId: id, threadId: id };
    },
  };
}

export function subscription(target: string, over: Partial<Parameters<Store["upsertSubscription"]>[0]> = {}): Parameters<Store["upsertSubscription"]>[0] {
  return {
    platform: "slack", workspaceId: target.split(":")[1] ?? "T1", target, digestTime: "08:00", timeZone: "Europe/Paris",
    sectors: [], minSeverity: "low", postWhenEmpty: true, liveAlerts: false, createdBy: "U1", ...over,
  };
}
