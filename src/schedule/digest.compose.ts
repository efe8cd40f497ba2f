import { commandRef } from "../domain/command-ref.js";
import { advise } from "../advise/index.js";
import { vendorFlagFor } from "../advise/profile.match.js";
import type { ReaderProfile } from "../domain/reader-profile.js";
import { DATA_CLASS_LABELS, type DataClass } from "../domain/data-class.js";
import { stanceOf } from "../domain/fact-stance.js";
import type { Change, FactField, Incident } from "../domain/incident.js";
import { STANCE_TAG } from "../domain/stance-wording.js";
import { severityRank } from "../domain/incident.js";
import type { View, ViewItem, ViewSection } from "../domain/view.js";
import type { Store, SubscriptionRecord } from "../store/store.port.js";

/** What a digest or alert matches on. Empty sectors = every sector. */
export type DigestFilter = Pick<SubscriptionRecord, "sectors" | "minSeverity">;

export function matchesFilter(incident: Pick<Incident, "sector" | "severity">, filter: DigestFilter): boolean {
  if (filter.sectors.length > 0 && !filter.sectors.includes(incident.sector)) return false;
  return severityRank(incident.severity) >= severityRank(filter.minSeverity);
}

export interface DigestContent {
  newIncidents: Incident[];
  changed: { incident: Incident; changes: Change[] }[];
  /** How many matched before the caps (MAX_NEW, MAX_CHANGED), so the digest can say what it left out. */
  newTotal: number;
  changedTotal: number;
}

const MAX_NEW = 15;
const MAX_CHANGED = 10;

/**
 * Reads what a digest covering (since, until] should contain for one subscription's filters,
 * as the subscription's workspace sees the store (`visibleTo`, domain/tenancy.ts).
 */
export async function collectDigest(store: Store, filter: DigestFilter, since: Date, visibleTo?: string): Promise<DigestContent> {
  const updated = await store.listIncidents({ since, limit: 500, order: "updated", minSeverity: filter.minSeverity, visibleTo });
  const matching = updated.filter((i) => matchesFilter(i, filter));
  const allNew = matching.filter((i) => i.firstSeenAt.getTime() >= since.getTime());
  const newIncidents = allNew.slice(0, MAX_NEW);
  const newIds = new Set(allNew.map((i) => i.id));
  const candidates = matching.filter((i) => !newIds.has(i.id));
  if (candidates.length === 0) return { newIncidents, changed: [], newTotal: allNew.length, changedTotal: 0 };
  const byIncident = new Map<string, Change[]>();
  for (const c of await store.listChangesSince(since, { incidentIds: candidates.map((i) => i.id), limit: 5000 })) {
    if (c.kind !== "new_incident") byIncident.set(c.incidentId, [...(byIncident.get(c.incidentId) ?? []), c]);
  }
  const allChanged = candidates.flatMap((incident) => {
    const changes = byIncident.get(incident.id);
    return changes ? [{ incident, changes }] : [];
  });
  return { newIncidents, changed: allChanged.slice(0, MAX_CHANGED), newTotal: allNew.length, changedTotal: allChanged.length };
}

/** "New incidents (70, showing the 15 most recently updated)" when capped, else "New incidents (3)". */
function heading(label: string, total: number, shown: number): string {
  return total > shown ? `${label} (${total}, showing the ${shown} most recently updated)` : `${label} (${shown})`;
}

/** " (reported, not confirmed)" after a fact that is not confirmed; nothing when it is. */
function tag(incident: Incident, field: FactField, value?: unknown): string {
  const stance = stanceOf(incident.stances, field, value);
  return stance === "confirmed" || stance === "denied" ? "" : ` (${STANCE_TAG[stance]})`;
}

function countText(incident: Incident): string {
  const n = incident.affectedCount;
  if (n === null) return "count not reported";
  const figure = n >= 1_000_000 ? `${(n / 1_000_000).toFixed(n % 1_000_000 === 0 ? 0 : 1)}M` : n >= 1_000 ? `${Math.round(n / 1_000)}k` : `${n}`;
  return `${figure} affected${tag(incident, "affectedCount")}`;
}

/** "email addresses, names; passport data (claimed, unverified)": classes grouped by stance. */
function exposedText(incident: Incident): string {
  const groups = new Map<string, DataClass[]>();
  for (const c of incident.exposed.slice(0, 5)) groups.set(tag(incident, "exposed", c), [...(groups.get(tag(incident, "exposed", c)) ?? []), c]);
  return [...groups].map(([t, list]) => `${list.map((c) => DATA_CLASS_LABELS[c].toLowerCase()).join(", ")}${t}`).join("; ");
}

/** "You use Salesforce: …" as the first line of an item, when the incident touches the reader's stack. */
function flagLine(incident: Incident, profile: ReaderProfile | null | undefined): string[] {
  const flag = vendorFlagFor(incident, profile);
  return flag ? [flag.line] : [];
}

function incidentItem(incident: Incident, campaignNames: Map<string, string>, now: Date | undefined, profile: ReaderProfile | null | undefined): ViewItem {
  const advice = advise(incident, { now, profile: profile ?? undefined });
  const campaign = incident.campaignId ? campaignNames.get(incident.campaignId) : undefined;
  const classes = exposedText(incident);
  const lines = [
    ...flagLine(incident, profile),
    `${incident.sector} · ${advice.severity} · ${countText(incident)}${incident.vendor ? ` · via ${incident.vendor}${tag(incident, "vendor")}` : ""}`,
    classes ? `Exposed: ${classes}` : "Exposed data: not reported",
    ...(campaign ? [`Campaign: ${campaign}`] : []),
    ...advice.actions.slice(0, 2).map((a) => `→ ${a.text}`),
  ];
  return {
    title: incident.title,
    text: lines.join("\n"),
    incidentId: incident.id,
    actions: [
      { id: "actions", label: "Recommended actions", command: `actions ${incident.id}` },
      { id: "sources", label: "Sources", command: `sources ${incident.id}` },
    ],
  };
}

/**
 * Builds the digest view, or null when there is nothing to report and the channel wants silence.
 * `now` is the scheduler's clock: advice ages by it exactly as in the bot and the console. `profile`
 * is the workspace's reader profile: advice is worded for it and incidents touching its stack are flagged.
 */
export function composeDigest(
  content: DigestContent,
  opts: { date: string; since: Date; late: boolean; postWhenEmpty: boolean; campaignNames: Map<string, string>; now?: Date; profile?: ReaderProfile | null },
): View | null {
  const empty = content.newIncidents.length === 0 && content.changed.length === 0;
  if (empty && !opts.postWhenEmpty) return null;
  const title = `Breach Radar digest · ${opts.date}${opts.late ? " (late)" : ""}`;
  if (empty) {
    const text = `No new or changed incidents since ${opts.since.toISOString().slice(0, 16).replace("T", " ")} UTC.`;
    return { kind: "digest", title, sections: [{ text }], fallbackText: `${title}\n${text}`, ephemeral: false };
  }
  const sections: ViewSection[] = [];
  if (content.newIncidents.length > 0) {
    const more = content.newTotal - content.newIncidents.length;
    sections.push({
      heading: heading("New incidents", content.newTotal, content.newIncidents.length),
      items: content.newIncidents.map((i) => incidentItem(i, opts.campaignNames, opts.now, opts.profile)),
      ...(more > 0 ? { text: `${more} more new ${more === 1 ? "incident is" : "incidents are"} not listed here: type ${commandRef("latest")} to see them all.` } : {}),
    });
  }
  if (content.changed.length > 0) {
    sections.push({
      heading: heading("Updated incidents", content.changedTotal, content.changed.length),
      items: content.changed.map(({ incident, changes }) => ({
        title: incident.title,
        text: [...flagLine(incident, opts.profile), ...changes.slice(0, 5).map((c) => `• ${c.text}`)].join("\n"),
        incidentId: incident.id,
        actions: [{ id: "show", label: "Show", command: `show ${incident.id}` }],
      })),
    });
  }
  const fallback = [
    title,
    ...content.newIncidents.map((i) => `NEW ${i.title} (${i.id})${flagLine(i, opts.profile).map((l) => ` · ${l}`).join("")}`),
    ...content.changed.map(({ incident, changes }) => `UPDATED ${incident.title}: ${changes.map((c) => c.text).join("; ")}`),
  ].join("\n");
  const context = opts.late ? "Posted late: the bot was not running at the scheduled time." : `Covers changes since ${opts.since.toISOString().slice(0, 16).replace("T", " ")} UTC.`;
  return { kind: "digest", title, sections, context, fallbackText: fallback, ephemeral: false };
}
