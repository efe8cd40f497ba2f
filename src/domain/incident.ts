import { z } from "zod";
import { DataClassSchema } from "./data-class.js";
import { EvidenceSchema } from "./evidence.js";
import type { CountFigure, FactEvidence, FactStances } from "./fact-stance.js";

export const SECTORS = ["airline", "retail", "other"] as const;
export const SectorSchema = z.enum(SECTORS);
export type Sector = z.infer<typeof SectorSchema>;

export const SEVERITIES = ["low", "medium", "high", "critical"] as const;
export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof SeveritySchema>;
export const severityRank = (s: Severity): number => SEVERITIES.indexOf(s);

/** How confident the reporting is that an actor is behind the incident. */
export const ACTOR_ROLES = ["claimed", "suspected", "attributed"] as const;
export const ActorRoleSchema = z.enum(ACTOR_ROLES);
export type ActorRole = z.infer<typeof ActorRoleSchema>;

export const ATTACK_VECTORS = [
  "vishing",
  "social_engineering",
  "phishing",
  "oauth_app",
  "stolen_credentials",
  "credential_stuffing",
  "ransomware",
  "misconfiguration",
  "vulnerability",
  "insider",
] as const;
export const AttackVectorSchema = z.enum(ATTACK_VECTORS);
export type AttackVector = z.infer<typeof AttackVectorSchema>;

export const INCIDENT_STATUSES = ["reported", "confirmed", "contained", "resolved"] as const;
export const IncidentStatusSchema = z.enum(INCIDENT_STATUSES);
export type IncidentStatus = z.infer<typeof IncidentStatusSchema>;

/** ISO calendar date, YYYY-MM-DD. */
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const ActorRefSchema = z.object({ name: z.string().min(1), role: ActorRoleSchema });
export type ActorRef = z.infer<typeof ActorRefSchema>;

/**
 * The fields of an incident that facts can be recorded for. One name per field,
 * used by facts, change records, Q&A and timelines.
 */
export const FACT_FIELDS = [
  "victims",
  "victimGroup",
  "sector",
  "thirdParty",
  "vendor",
  "vector",
  "exposed",
  "notExposed",
  "affectedCount",
  "actors",
  "detected",
  "disclosed",
  "regulators",
  "status",
] as const;
export const FactFieldSchema = z.enum(FACT_FIELDS);
export type FactField = z.infer<typeof FactFieldSchema>;

/** What the extraction engine says about ONE article. Plain data; no store ids. */
export const ExtractionSchema = z.object({
  isBreachReport: z.boolean(),
  /** Merge key: the same for articles about the same incident, e.g. "qantas-2025-06". */
  incidentKey: z.string().nullable(),
  victims: z.array(z.string()),
  victimGroup: z.string().nullable(),
  sector: SectorSchema.nullable(),
  thirdParty: z.boolean().nullable(),
  vendor: z.string().nullable(),
  vector: AttackVectorSchema.nullable(),
  exposed: z.array(DataClassSchema),
  notExposed: z.array(DataClassSchema),
  affectedCount: z.number().int().nonnegative().nullable(),
  actors: z.array(ActorRefSchema),
  /** When the organisation detected or became aware of the incident. */
  detected: IsoDateSchema.nullable(),
  /** When it was disclosed publicly (defaults to the article's date when unknown). */
  disclosed: IsoDateSchema.nullable(),
  regulators: z.array(z.string()),
  /** Best-guess ISO 639-1 language of the article. */
  language: z.string(),
  /**
   * The text the extractor read (its sentences, title first, one per line). Every quote's offsets
   * index into it: `text.slice(q.start, q.end) === q.text`.
   */
  text: z.string().default(""),
  /** Evidence for every value above: one entry per list element or scalar, with stance and quotes (see evidence.ts). */
  evidence: z.array(EvidenceSchema).default([]),
  /**
   * Detection or disclosure dates the article gives as a day and month when neither its date nor its text gives a year:
   * value "--MM-DD" (ISO 8601 month-day), with stance and quotes. `detected` / `disclosed` stay null for them (the clock
   * never supplies a year); a batch or the ingest may complete them with the incident's year (`completeYear` in src/extract).
   */
  yearless: z.array(EvidenceSchema).optional(),
});
export type Extraction = z.infer<typeof ExtractionSchema>;

/** An article as the extraction engine receives it. */
export interface Article {
  url: string | null;
  title: string | null;
  /** ISO date (YYYY-MM-DD) or null when unknown. */
  published: string | null;
  outlet: string | null;
  body: string;
}

/** A stored news article that reported on an incident. */
export const SourceSchema = z.object({
  id: z.string(),
  url: z.string(),
  outlet: z.string().nullable(),
  title: z.string().nullable(),
  publishedAt: z.date().nullable(),
  language: z.string().nullable(),
  contentHash: z.string(),
  fetchedAt: z.date(),
  incidentId: z.string().nullable(),
});
export type Source = z.infer<typeof SourceSchema>;

/**
 * One value of one incident field, as one source reported it, with its evidence: one fact per
 * element of a list field (one class, one actor), one per figure of a count.
 */
export interface Fact extends Partial<FactEvidence> {
  id: string;
  incidentId: string;
  field: FactField;
  /** JSON value as the source gave it: one element of a list field, or the scalar (facts stored before evidence hold whole lists). */
  value: unknown;
  sourceId: string | null;
  /** When we stored it (fetch time): "last checked", never event time. */
  seenAt: Date;
  /** The source's publication date (event time), null when the source is undated. */
  publishedAt?: Date | null;
  /** False when a later source superseded this value (kept for history). */
  current: boolean;
}

export const CHANGE_KINDS = [
  "new_incident",
  "new_source",
  "count_revised",
  "actor_added",
  "actor_attributed",
  "new_data_class",
  "not_exposed_stated",
  "vendor_identified",
  "regulator_notified",
  "conflict",
  "status_changed",
  "field_set",
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** A human-readable change produced by a merge, shown in digests, alerts and timelines. */
export interface Change {
  id: string;
  incidentId: string;
  kind: ChangeKind;
  field: FactField | null;
  /** e.g. "count revised 5.7M → 6M" */
  text: string;
  sourceId: string | null;
  /** When we recorded it (fetch time): delivery and alerts. */
  at: Date;
  /** Event time: the reporting source's publication date (else the incident's own date), for timelines and "changed since". */
  reportedAt?: Date | null;
}

/** A value that two sources disagree about; shown, never silently overwritten. */
export interface Conflict {
  field: FactField;
  /** `sourceIds` hold source ids or canonical URLs; `stance` is how sure that side's sources are. */
  values: { value: unknown; sourceIds: string[]; stance?: import("./evidence.js").Stance }[];
}

/** The reconciled, current state of an incident (what views and advice read). */
export interface Incident {
  /** Stable readable id, e.g. "qantas-2025-06". */
  id: string;
  title: string;
  victims: string[];
  victimGroup: string | null;
  sector: Sector;
  thirdParty: boolean | null;
  vendor: string | null;
  vector: AttackVector | null;
  exposed: import("./data-class.js").DataClass[];
  notExposed: import("./data-class.js").DataClass[];
  affectedCount: number | null;
  actors: ActorRef[];
  detectedAt: string | null;
  disclosedAt: string | null;
  regulators: string[];
  status: IncidentStatus;
  severity: Severity;
  campaignId: string | null;
  conflicts: Conflict[];
  /** How sure the record is of each current value (see fact-stance.ts); absent values read as "reported". */
  stances?: FactStances;
  /** Every current count figure with its stance and unit: confirmed and claimed figures apart. */
  counts?: CountFigure[];
  /** Event time: publication date of the first and of the latest source (fetch time only for an undated source). */
  firstReportedAt?: Date | null;
  lastReportedAt?: Date | null;
  /** When we first stored it (fetch time). */
  firstSeenAt: Date;
  /** When a source last changed it (fetch time): "last checked". */
  updatedAt: Date;
  /** Tenancy (see tenancy.ts): absent or "" = shared; else the workspace that added it. Set by the store. */
  owner?: string;
}

/** An incident with everything a detailed view, timeline or answer needs. */
export interface IncidentDetail extends Incident {
  sources: Source[];
  facts: Fact[];
  changes: Change[];
  campaign: Campaign | null;
}

/** A wave of incidents sharing a vendor, actor or vector within a time window. */
export interface Campaign {
  id: string;
  name: string;
  vendor: string | null;
  actor: string | null;
  vector: AttackVector | null;
  /** Event time: the earliest date of its incidents (ISO), null when unknown. */
  since?: string | null;
  firstSeenAt: Date;
  updatedAt: Date;
  incidentIds: string[];
}
