import type { Clock } from "../clock.js";
import type { Config } from "../config.js";
import type { Advice } from "../domain/advice.js";
import type { ReaderProfile } from "../domain/reader-profile.js";
import type { ChatContext } from "../domain/chat.js";
import type { Incident } from "../domain/incident.js";
import type { View } from "../domain/view.js";
import type { FollowUp } from "./bot.port.js";
import type { Logger } from "../logger.js";
import type { IncidentStats, Store } from "../store/store.port.js";
import type { TtlCache } from "./cache/ttl.cache.js";
import type { CommandOf, KnownKind } from "./grammar/command.schema.js";
import type { IndexCache } from "./search/index.cache.js";
import type { ProfileCache } from "./profile/profile.cache.js";

/** How advice is computed: for an incident, as the reading workspace's profile sees it (none: lenses stated). */
export type AdviseFn = (incident: Incident, options?: { profile?: ReaderProfile; now?: Date }) => Advice;

/** What `add URL` needs from the ingest pipeline (injected, so the bot does not depend on its internals). */
export type IngestUrl = (url: string, options?: { userSupplied?: boolean; owner?: string }) => Promise<{
  isBreachReport: boolean;
  incidentId: string | null;
  isNew: boolean;
  changes: string[];
}>;

/** Dependencies of createBotCore. */
export interface BotDeps {
  store: Store;
  logger: Logger;
  clock?: Clock;
  config?: Partial<Config>;
  ingestUrl?: IngestUrl;
  /** Recommended actions for an incident; defaults to src/advise. */
  advise?: AdviseFn;
  /** Reader profiles per workspace (default: read from the store, kept 30 s). */
  profiles?: ProfileCache;
  /** How long the in-memory search index may be used before a background refresh (default 60 s). */
  indexTtlMs?: number;
}

/** What every handler receives. */
export interface BotEnv {
  store: Store;
  logger: Logger;
  clock: Clock;
  defaults: { digestTime: string; timeZone: string };
  /**
   * Advice for an incident. In a request it is bound to the asker's workspace profile (bot.core.ts),
   * so handlers call `env.advise(incident)` and get advice worded for that reader.
   */
  advise: AdviseFn;
  /** Reader profiles per workspace; `profile …` changes invalidate their entry. */
  profiles: ProfileCache;
  /** The asker's workspace profile, loaded once per request (null: none set). */
  readerProfile?: ReaderProfile | null;
  ingestUrl?: IngestUrl;
  index: IndexCache;
  /** `stats` results per period, kept briefly: they scan every incident. */
  statsCache: TtlCache<IncidentStats>;
  /** This request's FollowUp, when the adapter can deliver results later (see bot.port.ts). */
  followUp?: FollowUp;
  /** Runs `work` after the answer has gone and sends its view through `followUp`; errors become an error view. */
  later(what: string, work: () => Promise<View>, followUp: FollowUp): void;
}

/** One command's handler: a parsed command in, a neutral view out. */
export type Handler<K extends KnownKind> = (cmd: CommandOf<K>, ctx: ChatContext, env: BotEnv) => Promise<View>;
