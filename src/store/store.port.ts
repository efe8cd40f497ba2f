import type {
  Campaign, Change, ChangeKind, Conflict, FactField, Incident, IncidentDetail, Sector, Severity, Source,
} from "../domain/incident.js";
import type { Platform } from "../domain/chat.js";
import type { OutboxStore } from "./outbox.port.js";

export type * from "./outbox.port.js";
import type { Stance } from "../domain/evidence.js";
import type { FactEvidence } from "../domain/fact-stance.js";
import type { ReaderProfile } from "../domain/reader-profile.js";

/**
 * The store port. `src/store/` holds the only code that imports the Prisma client;
 * everything else talks to this interface. Implementations: SQLite (default) and PostgreSQL.
 * All methods throw BreachRadarError("DB_UNAVAILABLE") when the database cannot be reached.
 */
export interface Store extends OutboxStore {
  readonly kind: "sqlite" | "postgres";
  /** True when the database answers a trivial query. Never throws. */
  ping(): Promise<boolean>;
  close(): Promise<void>;

  // ---- incidents -------------------------------------------------------
  /** `visibleTo` (an owner key, see domain/tenancy.ts): null when that workspace may not see it. */
  getIncident(id: string, visibleTo?: string): Promise<IncidentDetail | null>;
  /** Newest first by last update (or firstSeen when `order` = "first_seen"). */
  listIncidents(query?: IncidentQuery): Promise<Incident[]>;
  countIncidents(query?: IncidentQuery): Promise<number>;
  /** Lightweight rows for in-memory fuzzy search: ids and the names users type. */
  listIncidentIndex(): Promise<IncidentIndexRow[]>;
  /** Incidents of exactly this owner ("" = shared, the default) sharing a (normalised) victim name, for merging new reports. */
  findIncidentsByVictim(victimNames: string[], owner?: string): Promise<Incident[]>;
  /** Is this id taken? Used to mint a fresh readable id ("qantas-2025-06-2"). */
  incidentIdExists(id: string): Promise<boolean>;
  /**
   * Writes one article's contribution in ONE transaction: upserts the source (same canonical
   * URL = update, never a duplicate), creates or updates the incident, appends facts and
   * change records. Idempotent: applying the same write twice changes nothing the second time.
   */
  applyIncidentWrite(write: IncidentWrite): Promise<AppliedWrite>;
  /** Changes recorded (fetch time) at or after `since`, oldest first, with their incident ids. */
  listChangesSince(since: Date, options?: { limit?: number; incidentIds?: string[] }): Promise<Change[]>;
  /** Counts over incidents reported (event time: lastReportedAt) at or after `since`, as `visibleTo` may see them; sources published since then. */
  stats(since: Date | null, visibleTo?: string): Promise<IncidentStats>;
  /**
   * The cleaned texts the incident's facts were read from (one per breach-report source still within
   * retention), in the incident's source order. Quotes' offsets index into them.
   */
  getSourceTexts(incidentId: string): Promise<SourceTextRecord[]>;

  // ---- sources ---------------------------------------------------------
  /** The source stored for this URL by this owner ("" = shared, the default). */
  getSourceByUrl(canonicalUrl: string, owner?: string): Promise<Source | null>;
  /** Records an article that is not a breach report, so it is not fetched again. Upsert by URL. */
  markSourceSeen(source: SourceInput): Promise<void>;

  // ---- campaigns -------------------------------------------------------
  listCampaigns(): Promise<Campaign[]>;
  /** By id or (case-insensitive) name. */
  getCampaign(idOrName: string): Promise<Campaign | null>;
  /** Creates or updates a campaign (by id) and links the given incidents to it. */
  upsertCampaign(campaign: CampaignInput): Promise<Campaign>;

  // ---- feeds -----------------------------------------------------------
  listFeeds(): Promise<FeedRecord[]>;
  addFeed(url: string, title?: string | null): Promise<FeedRecord>;
  /** Returns false when the feed was not configured. */
  removeFeed(url: string): Promise<boolean>;
  updateFeed(url: string, patch: Partial<Omit<FeedRecord, "id" | "url">>): Promise<void>;

  // ---- subscriptions & watches -----------------------------------------
  /** One subscription per target; subscribing again updates it. */
  upsertSubscription(input: SubscriptionInput): Promise<SubscriptionRecord>;
  removeSubscription(target: string): Promise<boolean>;
  getSubscription(target: string): Promise<SubscriptionRecord | null>;
  listSubscriptions(filter?: { workspaceId?: string; platform?: Platform; activeOnly?: boolean }): Promise<SubscriptionRecord[]>;
  updateSubscription(id: string, patch: Partial<Pick<SubscriptionRecord, "pausedReason" | "lastDigestAt" | "conversationRef">>): Promise<void>;
  addWatch(input: { platform: Platform; workspaceId: string; target: string; term: string; createdBy: string; conversationRef?: unknown }): Promise<WatchRecord>;
  removeWatch(target: string, term: string): Promise<boolean>;
  listWatches(filter?: { target?: string; workspaceId?: string; activeOnly?: boolean }): Promise<WatchRecord[]>;
  /** Pauses every watch of a target (its channel is gone). Returns how many were active. */
  pauseWatches(target: string, reason: string): Promise<number>;

  // ---- deliveries: the outbox (see OutboxStore in outbox.port.ts) -------

  // ---- posts (which incident a bot message is about) --------------------
  recordPost(input: { target: string; messageId: string; threadId: string; incidentId: string }): Promise<void>;
  /** The incident a thread is about, if the bot started it (matches threadId or messageId). */
  incidentForThread(target: string, threadId: string): Promise<string | null>;

  // ---- installations ---------------------------------------------------
  saveInstallation(input: { platform: Platform; id: string; data: unknown }): Promise<void>;
  getInstallation(platform: Platform, id: string): Promise<unknown | null>;
  deleteInstallation(platform: Platform, id: string): Promise<void>;

  // ---- export, TAXII and the JSON API ------------------------------------
  /**
   * A page of incidents with their sources, facts and campaign, in (updatedAt, id) ascending order,
   * after the keyset cursor `after`. Callers page with the last row's (updatedAt, id).
   */
  listExportIncidents(query: ExportQuery): Promise<ExportIncident[]>;

  // ---- reader profiles (one per workspace, see domain/reader-profile.ts) --
  /** The profile of a workspace (owner key "slack:T123", "teams:<tenant>", "console:local"), or null. */
  getReaderProfile(owner: string): Promise<ReaderProfile | null>;
  /** Writes the whole profile (creates or replaces it). */
  putReaderProfile(input: ReaderProfileInput): Promise<ReaderProfile>;
  /**
   * Changes some fields of a workspace's profile, creating it when absent. Atomic: two concurrent
   * patches (`stack +zendesk` and `stack +okta`) both take effect.
   */
  patchReaderProfile(owner: string, patch: ReaderProfilePatch): Promise<ReaderProfile>;
  /** Deletes the profile. False when there was none. */
  clearReaderProfile(owner: string): Promise<boolean>;
  /** Every stored profile, by owner key (for operators). */
  listReaderProfiles(): Promise<ReaderProfile[]>;

  // ---- API tokens (TAXII and JSON API) ---------------------------------
  createApiToken(input: ApiTokenInput): Promise<ApiTokenRecord>;
  listApiTokens(): Promise<ApiTokenRecord[]>;
  /** Revokes the one active token with this id or prefix; null when none or several match. */
  revokeApiToken(idOrPrefix: string, at: Date): Promise<ApiTokenRecord | null>;
  /** The active (not revoked) token with this SHA-256 hash. */
  findActiveApiToken(hash: string): Promise<ApiTokenRecord | null>;
  countActiveApiTokens(): Promise<number>;
  touchApiToken(id: string, at: Date): Promise<void>;

  // ---- retention -------------------------------------------------------
  /**
   * Deletes ended outbox rows, cron tick rows, non-breach "seen" sources and stored source texts older
   * than `before` (the quotes kept on facts stay). Returns rows deleted.
   */
  purgeOlderThan(before: Date): Promise<number>;
}

export interface IncidentQuery {
  sector?: Sector;
  minSeverity?: Severity;
  /** updatedAt >= since (fetch time: what changed in the store, for digests and alerts) */
  since?: Date;
  /** firstSeenAt >= createdSince (fetch time) */
  createdSince?: Date;
  /** lastReportedAt >= reportedSince (event time: sources published since then) */
  reportedSince?: Date;
  limit?: number;
  offset?: number;
  /** updated / first_seen: fetch time; reported (the default for people): latest publication first. */
  order?: "updated" | "first_seen" | "reported";
  /** Only what this owner key may see: shared incidents plus its own ("" = shared only). Absent = all. */
  visibleTo?: string;
}

export interface IncidentIndexRow {
  id: string;
  title: string;
  victims: string[];
  victimGroup: string | null;
  vendor: string | null;
  actors: string[];
  campaignName: string | null;
  sector: Sector;
  updatedAt: Date;
  /** "" or absent = shared, else the owner key of the workspace that added it. */
  owner?: string;
  /** Event time: publication date of the latest source (always set by the store). */
  reportedAt?: Date;
  /** How sure the record is of the vendor (absent: unknown, read as "reported"). */
  vendorStance?: Stance;
}

export interface SourceInput {
  url: string;
  outlet: string | null;
  title: string | null;
  publishedAt: Date | null;
  language: string | null;
  contentHash: string;
  fetchedAt: Date;
  /** "" or absent = shared (feeds); else the owner key of the workspace that added it. */
  owner?: string;
}

/** One value as one source reported it, with its evidence (absent evidence: stance "reported", no quote). */
export interface FactInput extends Partial<FactEvidence> {
  field: FactField;
  value: unknown;
}

/** Older current facts a write supersedes: a whole field, or only its facts of some stances (a revised confirmed count leaves the attackers' claim). */
export type Supersede = FactField | { field: FactField; stances: Stance[] };

/** The full new state of an incident plus what this one source contributed. */
export interface IncidentWrite {
  /** Full reconciled state after the merge (id included; new id when `isNew`). */
  incident: Omit<Incident, "firstSeenAt" | "updatedAt" | "campaignId" | "firstReportedAt" | "lastReportedAt"> & { conflicts: Conflict[] };
  isNew: boolean;
  source: SourceInput;
  /** Field values as THIS source reported them: one per list element or figure, with evidence. */
  facts: FactInput[];
  /** Older facts superseded by this source's values (e.g. a revised count). */
  supersedes: Supersede[];
  changes: { kind: ChangeKind; field: FactField | null; text: string }[];
  /** Fetch time of this write. */
  at: Date;
  /** Whose content this is ("" or absent = shared); a new incident gets this owner. Same as source.owner. */
  owner?: string;
  /**
   * Event time of this source: its publication date, else the incident's own date it reports
   * (default: the source's publishedAt, else `at`). Sets the incident's first/lastReportedAt and the changes' reportedAt.
   */
  reportedAt?: Date;
  /** The cleaned text the facts were read from (Extraction.text), kept for quoting until RETENTION_DAYS. */
  sourceText?: string;
}

/** A stored source text. */
export interface SourceTextRecord {
  sourceId: string;
  text: string;
}

export interface AppliedWrite {
  incidentId: string;
  sourceId: string;
  /** False when the same source had already been applied with the same content (no-op). */
  changed: boolean;
  changes: Change[];
}

export interface IncidentStats {
  total: number;
  bySector: Record<Sector, number>;
  bySeverity: Record<Severity, number>;
  topVendors: { name: string; count: number }[];
  topActors: { name: string; count: number }[];
  sources: number;
}

export interface CampaignInput {
  id: string;
  name: string;
  vendor: string | null;
  actor: string | null;
  vector: Campaign["vector"];
  incidentIds: string[];
  /** Event time: the earliest date of its incidents (YYYY-MM-DD). */
  since?: string | null;
}

export interface FeedRecord {
  id: string;
  url: string;
  title: string | null;
  etag: string | null;
  lastModified: string | null;
  lastPolledAt: Date | null;
  lastSuccessAt: Date | null;
  consecutiveFailures: number;
  nextPollAt: Date | null;
  lastError: string | null;
  enabled: boolean;
}

export interface SubscriptionInput {
  platform: Platform;
  workspaceId: string;
  target: string;
  conversationRef?: unknown;
  /** "HH:MM" local time */
  digestTime: string;
  /** IANA time zone, e.g. "Europe/Paris" */
  timeZone: string;
  sectors: Sector[];
  minSeverity: Severity;
  /** Post a one-line "no new incidents" when empty (true) or stay silent (false). */
  postWhenEmpty: boolean;
  /** Also post new matching incidents as they arrive. */
  liveAlerts: boolean;
  createdBy: string;
}

export interface SubscriptionRecord extends SubscriptionInput {
  id: string;
  pausedReason: string | null;
  lastDigestAt: Date | null;
  createdAt: Date;
}

export interface WatchRecord {
  id: string;
  platform: Platform;
  workspaceId: string;
  target: string;
  term: string;
  conversationRef: unknown;
  createdBy: string;
  createdAt: Date;
  /** Set when the watch stopped alerting (its channel is gone). */
  pausedReason?: string | null;
}

/** Filters and keyset cursor for `listExportIncidents`. */
export interface ExportQuery {
  sector?: Sector;
  /** updatedAt >= since */
  since?: Date;
  /** updatedAt > updatedAfter (TAXII added_after) */
  updatedAfter?: Date;
  ids?: string[];
  /** Rows strictly after this (updatedAt, id) position. */
  after?: { updatedAt: Date; id: string };
  /** Rows at or after this (updatedAt, id) position (resuming inside an incident). */
  from?: { updatedAt: Date; id: string };
  limit: number;
}

/** An incident with what an export needs: its sources, facts and campaign (no change records). */
export interface ExportIncident extends Incident {
  sources: Source[];
  facts: IncidentDetail["facts"];
  campaign: Omit<Campaign, "incidentIds"> | null;
}

export interface ApiTokenInput {
  name: string;
  /** hex SHA-256 of the token */
  hash: string;
  prefix: string;
  ratePerMinute?: number | null;
  createdAt: Date;
}

/** A stored API token (never the token itself). */
export interface ApiTokenRecord {
  id: string;
  name: string;
  prefix: string;
  ratePerMinute: number | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** A whole reader profile to store; `updatedAt` is `at` (default: now). */
export interface ReaderProfileInput extends Omit<ReaderProfile, "updatedAt"> {
  /** Who changed it (platform user id), for operators. */
  updatedBy?: string | null;
  at?: Date;
}

/** Fields to change; absent fields keep their value. `stackAdd` / `stackRemove` edit the stack set. */
export interface ReaderProfilePatch {
  organisation?: string | null;
  sector?: string | null;
  jurisdictions?: string[];
  listed?: boolean | null;
  /** Replaces the whole stack. */
  stack?: string[];
  stackAdd?: string[];
  stackRemove?: string[];
  updatedBy?: string | null;
  at?: Date;
}
