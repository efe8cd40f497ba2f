import type { ActorRef, AttackVector, Campaign, Change, ChangeKind, Conflict, Fact, FactField, Incident, IncidentStatus, Sector, Severity, Source } from "../domain/incident.js";
import type { DataClass } from "../domain/data-class.js";
import { COUNT_UNITS, STANCES, type CountUnit, type Quote, type Stance } from "../domain/evidence.js";
import type { CountFigure, FactStances } from "../domain/fact-stance.js";
import type { IncidentWrite } from "./store.port.js";
import type * as Rows from "./generated/postgres/index.js";
import type { Prisma } from "./generated/postgres/index.js";
import type { JsonNulls } from "./prisma-client.factory.js";

/**
 * Lower case, accents and punctuation folded, single spaces: "Air France–KLM" → "air france klm".
 * The key the VictimName table is searched by.
 */
export function normaliseVictimName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .slice(0, 200);
}

/** The distinct normalised names an incident is found by (victims plus the victim group). */
export function victimKeys(incident: { victims: string[]; victimGroup: string | null }): string[] {
  const names = [...incident.victims, ...(incident.victimGroup ? [incident.victimGroup] : [])];
  return [...new Set(names.map(normaliseVictimName).filter(Boolean))];
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
const list = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);

/** A database row → the domain Incident (BigInt count → number, JSON columns → arrays). */
export function toIncident(row: Rows.Incident): Incident {
  return {
    id: row.id,
    title: row.title,
    victims: strings(row.victims),
    victimGroup: row.victimGroup,
    sector: row.sector as Sector,
    thirdParty: row.thirdParty,
    vendor: row.vendor,
    vector: row.vector as AttackVector | null,
    exposed: strings(row.exposed) as DataClass[],
    notExposed: strings(row.notExposed) as DataClass[],
    affectedCount: row.affectedCount === null ? null : Number(row.affectedCount),
    actors: list<ActorRef>(row.actors),
    detectedAt: row.detectedAt,
    disclosedAt: row.disclosedAt,
    regulators: strings(row.regulators),
    status: row.status as IncidentStatus,
    severity: row.severity as Severity,
    campaignId: row.campaignId,
    conflicts: list<Conflict>(row.conflicts),
    stances: stancesOf(row.stances),
    counts: list<CountFigure>(row.counts),
    firstReportedAt: row.firstReportedAt ?? row.firstSeenAt,
    lastReportedAt: row.lastReportedAt ?? row.updatedAt,
    firstSeenAt: row.firstSeenAt,
    updatedAt: row.updatedAt,
    owner: row.owner,
  };
}

const STANCE_SET: ReadonlySet<string> = new Set(STANCES);
const UNIT_SET: ReadonlySet<string> = new Set(COUNT_UNITS);
const isStance = (v: unknown): v is Stance => typeof v === "string" && STANCE_SET.has(v);

/** The stances JSON column, keeping only well-formed entries (it is written by us, but read defensively). */
function stancesOf(value: unknown): FactStances {
  const out: FactStances = {};
  if (!value || typeof value !== "object" || Array.isArray(value)) return out;
  for (const [key, stance] of Object.entries(value)) if (isStance(stance)) out[key] = stance;
  return out;
}

/** Quotes read back: only well-formed ones (plain checks: this runs for every fact of every incident read). */
function quotesOf(value: unknown): Quote[] {
  return list<Record<string, unknown>>(value).filter((q): q is Quote & Record<string, unknown> =>
    Boolean(q) && typeof q.text === "string" && Number.isInteger(q.start) && Number.isInteger(q.end));
}

/** The columns an IncidentWrite sets (everything except firstSeenAt and the campaign link). */
export function incidentColumns(incident: IncidentWrite["incident"], at: Date) {
  return {
    title: incident.title,
    victims: incident.victims,
    victimGroup: incident.victimGroup,
    sector: incident.sector,
    thirdParty: incident.thirdParty,
    vendor: incident.vendor,
    vector: incident.vector,
    exposed: incident.exposed,
    notExposed: incident.notExposed,
    affectedCount: incident.affectedCount === null ? null : BigInt(Math.round(incident.affectedCount)),
    actors: incident.actors as unknown as Prisma.InputJsonValue,
    detectedAt: incident.detectedAt,
    disclosedAt: incident.disclosedAt,
    regulators: incident.regulators,
    status: incident.status,
    severity: incident.severity,
    conflicts: incident.conflicts as unknown as Prisma.InputJsonValue,
    stances: (incident.stances ?? {}) as unknown as Prisma.InputJsonValue,
    counts: (incident.counts ?? []) as unknown as Prisma.InputJsonValue,
    updatedAt: at,
  } satisfies Omit<Prisma.IncidentUncheckedCreateInput, "id" | "firstSeenAt">;
}

export function toSource(row: Rows.Source): Source {
  return {
    id: row.id, url: row.url, outlet: row.outlet, title: row.title, publishedAt: row.publishedAt,
    language: row.language, contentHash: row.contentHash, fetchedAt: row.fetchedAt, incidentId: row.incidentId,
  };
}

export function toFact(row: Rows.Fact): Fact {
  return {
    id: row.id, incidentId: row.incidentId, field: row.field as FactField, value: row.value, sourceId: row.sourceId, seenAt: row.seenAt, current: row.current,
    stance: isStance(row.stance) ? row.stance : undefined, quotes: quotesOf(row.quotes), speaker: row.speaker,
    unit: row.unit !== null && UNIT_SET.has(row.unit) ? (row.unit as CountUnit) : null,
    publishedAt: row.publishedAt,
  };
}

export function toChange(row: Rows.Change): Change {
  return {
    id: row.id, incidentId: row.incidentId, kind: row.kind as ChangeKind, field: row.field as FactField | null, text: row.text, sourceId: row.sourceId, at: row.at,
    reportedAt: row.reportedAt,
  };
}

export function toCampaign(row: Rows.Campaign & { incidents: { id: string }[] }): Campaign {
  return {
    id: row.id, name: row.name, vendor: row.vendor, actor: row.actor, vector: row.vector as AttackVector | null, since: row.since,
    firstSeenAt: row.firstSeenAt, updatedAt: row.updatedAt, incidentIds: row.incidents.map((i) => i.id).sort(),
  };
}

/**
 * A value for a required Json column: JSON null must be written as the client's own JsonNull
 * (each generated client has its own runtime, so the sentinel comes from the open client).
 */
export function jsonValue(value: unknown, nulls: JsonNulls): Prisma.InputJsonValue {
  return (value === undefined || value === null ? nulls.JsonNull : value) as Prisma.InputJsonValue;
}

/** A value for an optional Json column: null/undefined become SQL NULL. */
export function optionalJson(value: unknown, nulls: JsonNulls): Prisma.InputJsonValue {
  return (value === undefined || value === null ? nulls.DbNull : value) as Prisma.InputJsonValue;
}
