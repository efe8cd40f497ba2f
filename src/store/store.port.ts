import type {
  Campaign, Change, ChangeKind, Conflict, FactField, Incident, IncidentDetail, Sector, Severity, Source,
} from "../domain/incident.js";
import type { Platform } from "../domain/chat.js";

/**
 * The store port. `src/store/` holds the only code that imports the Prisma client;
 * everything else talks to this interface. Implementations: SQLite (default) and PostgreSQL.
 * All methods throw BreachRadarError("DB_UNAVAILABLE") when the database cannot be reached.
 */
export interface Store {
  readonly kind: "sqlite" | "postgres";
  /** True when the database answers a trivial query. Never throws. */
  ping(): Promise<boolean>;
  close(): Promise<void>;

  // ---- incidents -------------------------------------------------------
  getIncident(id: string): Promise<IncidentDetail | null>;
  /** Newest first by last update (or firstSeen when `order` = "first_seen"). */
  listIncidents(query?: IncidentQuery): Promise<Incident[]>;
  countIncidents(query?: IncidentQuery): Promise<number>;
  /** Lightweight rows for in-memory fuzzy search: ids and the names users type. */
  listIncidentIndex(): Promise<IncidentIndexRow[]>;
  /** Incidents sharing a (normalised) victim name, for merging new reports. */
  findIncidentsByVictim(victimNames: string[]): Promise<Incident[]>;
  /** Is this id taken? Used to mint a fresh readable id ("qantas-2025-06-2"). */
  incidentIdExists(id: string): Promise<boolean>;
  /**
   * Writes one article's contribution in ONE transaction: upserts the source (same canonical
   * URL = update, never a duplicate), creates or updates the incident, appends facts and
   * change records. Idempotent: applying the same write twice changes nothing the second time.
   */
  applyIncidentWrite(write: IncidentWrite): Promise<AppliedWrite>;
  /** Changes recorded at or after `since`, oldest first, with their incident ids. */
  listChangesSince(since: Date, options?: { limit?: number; incidentIds?: string[] }): Promise<Change[]>;
  stats(since: Date | null): Promise<IncidentStats>;

  // ---- sources ---------------------------------------------------------
  getSourceByUrl(canonicalUrl: string): Promise<Source | null>;
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
  listWatches(filter?: { target?: string; workspaceId?: string }): Promise<WatchRecord[]>;

  // ---- deliveries (exactly-once posting) -------------------------------
  /**
   * Claims a unique delivery key ("digest:slack:T1:C1:2025-07-01", "alert:<target>:<incidentId>").
   * Exactly one concurrent caller across all replicas gets true. A claim whose post failed can be
   * released with `releaseDelivery` so a later run retries it.
   */
  claimDelivery(input: { key: string; target: string; kind: string; incidentId?: string | null }): Promise<boolean>;
  completeDelivery(key: string, result: { messageId?: string; late?: boolean }): Promise<void>;
  releaseDelivery(key: string, error?: string): Promise<void>;
  getDelivery(key: string): Promise<DeliveryRecord | null>;

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
  /** Deletes completed deliveries and non-breach "seen" sources older than `before`. Returns rows deleted. */
  purgeOlderThan(before: Date): Promise<number>;
}

export interface IncidentQuery {
  sector?: Sector;
  minSeverity?: Severity;
  /** updatedAt >= since */
  since?: Date;
  /** firstSeenAt >= createdSince */
  createdSince?: Date;
  limit?: number;
  offset?: number;
  order?: "updated" | "first_seen";
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
}

export interface SourceInput {
  url: string;
  outlet: string | null;
  title: string | null;
  publishedAt: Date | null;
  language: string | null;
  contentHash: string;
  fetchedAt: Date;
}

/** The full new state of an incident plus what this one source contributed. */
export interface IncidentWrite {
  /** Full reconciled state after the merge (id included; new id when `isNew`). */
  incident: Omit<Incident, "firstSeenAt" | "updatedAt" | "campaignId"> & { conflicts: Conflict[] };
  isNew: boolean;
  source: SourceInput;
  /** Field values as THIS source reported them. */
  facts: { field: FactField; value: unknown }[];
  /** Fields whose older facts are superseded by this source's value (e.g. a revised count). */
  supersedes: FactField[];
  changes: { kind: ChangeKind; field: FactField | null; text: string }[];
  at: Date;
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
}

export interface DeliveryRecord {
  key: string;
  target: string;
  kind: string;
  incidentId: string | null;
  status: "claimed" | "delivered" | "failed";
  messageId: string | null;
  late: boolean;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  deliveredAt: Date | null;
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
