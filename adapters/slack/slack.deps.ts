import type { BotCore } from "../../src/bot/bot.port.js";
import type { Logger } from "../../src/logger.js";
import type { Store } from "../../src/store/store.port.js";
import type { SlackClientSettings } from "./slack.poster.js";

/** The Store methods the Slack adapter uses (the full Store satisfies it). */
export type SlackStore = Pick<
  Store,
  "recordPost" | "incidentForThread" | "saveInstallation" | "getInstallation" | "deleteInstallation" | "listSubscriptions" | "listWatches"
> & Partial<Pick<Store, "listDeliveryScopes" | "getReaderProfile">>;

/** What every Slack listener needs: the core for behaviour, the store for thread memory. */
export interface ListenerDeps {
  core: BotCore;
  store: SlackStore;
  logger: Logger;
  settings: SlackClientSettings;
}
