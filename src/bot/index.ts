import { systemClock } from "../clock.js";
import { advise as defaultAdvise } from "../advise/index.js";
import type { BotCore } from "./bot.port.js";
import type { BotDeps, BotEnv } from "./bot.env.js";
import { botCore } from "./bot.core.js";
import { createTtlCache } from "./cache/ttl.cache.js";
import { createIndexCache } from "./search/index.cache.js";
import { createProfileCache } from "./profile/profile.cache.js";

const STATS_TTL_MS = 60_000;

export type { BotCore, CommandOptions, FollowUp } from "./bot.port.js";
export type { AdviseFn, BotDeps, IngestUrl } from "./bot.env.js";
export { createProfileCache, type ProfileCache } from "./profile/profile.cache.js";
export { parseCommand } from "./grammar/command.parser.js";
export { COMMAND_TABLE, commandHelp } from "./grammar/command.table.js";
export { answerAbout } from "./qa/answer.service.js";
export { incidentView } from "./views/incident.view.js";

/** Builds the platform-neutral bot core every adapter (Slack, Teams, console, CLI) calls. */
export function createBotCore(deps: BotDeps): BotCore {
  const clock = deps.clock ?? systemClock;
  const logger = deps.logger.child({ module: "bot" });
  const env: Omit<BotEnv, "later"> = {
    store: deps.store,
    logger,
    clock,
    defaults: {
      digestTime: deps.config?.DEFAULT_DIGEST_TIME ?? "08:00",
      timeZone: deps.config?.DEFAULT_TIMEZONE ?? "UTC",
    },
    advise: deps.advise ?? ((incident, options) => defaultAdvise(incident, { now: clock.now(), profile: options?.profile })),
    profiles: deps.profiles ?? createProfileCache(deps.store, clock, logger),
    ingestUrl: deps.ingestUrl,
    index: createIndexCache(deps.store, clock, logger, deps.indexTtlMs),
    statsCache: createTtlCache(clock, STATS_TTL_MS),
  };
  return botCore(env);
}
