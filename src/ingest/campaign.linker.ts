import type { Incident } from "../domain/incident.js";
import type { CampaignInput, Store } from "../store/store.port.js";
import { CAMPAIGN_WINDOW_DAYS, SECTOR_CAMPAIGN_LABELS, VECTOR_CAMPAIGN_LABELS, daysBetween, slugify } from "./merge.rules.js";

/** One way incidents can be linked, strongest first: a shared vendor, then actor, then vector. */
interface LinkKind {
  kind: "vendor" | "actor" | "vector";
  keys(incident: Incident): string[];
  name(key: string, year: string, members: Incident[]): string;
}

const LINK_KINDS: LinkKind[] = [
  { kind: "vendor", keys: (i) => (i.vendor ? [i.vendor] : []), name: (key, year) => `${year} ${key} data-theft wave` },
  {
    kind: "actor",
    keys: (i) => i.actors.map((a) => a.name),
    name: (key, year, members) => {
      const sectors = new Set(members.map((m) => m.sector));
      const label = sectors.size === 1 ? (SECTOR_CAMPAIGN_LABELS[[...sectors][0] ?? "other"] ?? "") : "";
      return `${year} ${key} ${label ? `${label} ` : ""}intrusions`;
    },
  },
  { kind: "vector", keys: (i) => (i.vector ? [i.vector] : []), name: (key, year) => `${year} ${VECTOR_CAMPAIGN_LABELS[key as keyof typeof VECTOR_CAMPAIGN_LABELS] ?? key} wave` },
];

/** When an incident happened (event time), for campaign windows and a campaign's "since". */
export function incidentDate(incident: Incident): string {
  return incident.detectedAt ?? incident.disclosedAt ?? (incident.firstReportedAt ?? incident.firstSeenAt).toISOString().slice(0, 10);
}

/** Splits incidents (sorted by date) wherever two neighbours are more than the window apart. */
function clusterByDate(incidents: Incident[]): Incident[][] {
  const sorted = [...incidents].sort((a, b) => incidentDate(a).localeCompare(incidentDate(b)) || a.id.localeCompare(b.id));
  const clusters: Incident[][] = [];
  for (const incident of sorted) {
    const last = clusters.at(-1);
    const prev = last?.at(-1);
    if (last && prev && daysBetween(incidentDate(prev), incidentDate(incident)) <= CAMPAIGN_WINDOW_DAYS) last.push(incident);
    else clusters.push([incident]);
  }
  return clusters;
}

/**
 * Groups incidents into campaigns: at least two incidents sharing a vendor (else an actor,
 * else a vector) within the window. Each incident joins at most one campaign, the strongest link first.
 * Deterministic: same incidents, same campaigns, same ids. Pure.
 */
export function planCampaigns(incidents: Incident[]): CampaignInput[] {
  const assigned = new Set<string>();
  const campaigns: CampaignInput[] = [];
  for (const link of LINK_KINDS) {
    const byKey = new Map<string, { key: string; members: Incident[] }>();
    for (const incident of incidents) {
      if (assigned.has(incident.id)) continue;
      for (const key of link.keys(incident)) {
        const entry = byKey.get(key.toLowerCase()) ?? { key, members: [] };
        entry.members.push(incident);
        byKey.set(key.toLowerCase(), entry);
      }
    }
    const ordered = [...byKey.values()].sort((a, b) => b.members.length - a.members.length || a.key.localeCompare(b.key));
    for (const { key, members } of ordered) {
      const free = members.filter((m) => !assigned.has(m.id));
      for (const cluster of clusterByDate(free)) {
        if (cluster.length < 2) continue;
        const base = link.name(key, incidentDate(cluster[0]!).slice(0, 4), cluster);
        const name = campaigns.some((c) => c.name === base) ? `${base} #${campaigns.filter((c) => c.name.startsWith(base)).length + 1}` : base;
        for (const m of cluster) assigned.add(m.id);
        campaigns.push({
          id: slugify(name), name,
          vendor: link.kind === "vendor" ? key : null,
          actor: link.kind === "actor" ? key : null,
          vector: link.kind === "vector" ? (key as CampaignInput["vector"]) : null,
          incidentIds: cluster.map((m) => m.id),
          since: incidentDate(cluster[0]!),
        });
      }
    }
  }
  return campaigns;
}

/**
 * Recomputes campaigns over all SHARED incidents and upserts only those whose membership changed.
 * A workspace's own incidents stay out of campaigns, which every workspace sees.
 */
export async function relinkCampaigns(store: Store): Promise<CampaignInput[]> {
  const incidents = await store.listIncidents({ limit: 100_000, visibleTo: "" });
  const planned = planCampaigns(incidents);
  const current = new Map(incidents.map((i) => [i.id, i.campaignId]));
  const since = new Map((await store.listCampaigns()).map((c) => [c.id, c.since ?? null]));
  const written: CampaignInput[] = [];
  for (const campaign of planned) {
    if (campaign.incidentIds.every((id) => current.get(id) === campaign.id) && since.get(campaign.id) === campaign.since) continue;
    await store.upsertCampaign(campaign);
    written.push(campaign);
  }
  return written;
}
