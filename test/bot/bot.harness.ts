import { createBotCore } from "../../src/bot/index.js";
import type { BotCore } from "../../src/bot/bot.port.js";
import type { IngestUrl } from "../../src/bot/bot.env.js";
import { fakeClock } from "../../src/clock.js";
import type { ChatContext } from "../../src/domain/chat.js";
import { silentLogger } from "../../src/logger.js";
import type { Store } from "../../src/store/store.port.js";

/** A chat context in one Slack-like channel. */
export const ctxFor = (channel = "C1", extra: Partial<ChatContext> = {}): ChatContext => ({
  platform: "slack", workspaceId: "T1", target: `slack:T1:${channel}`, userId: "U1", ...extra,
});

/** A bot core on a real store, at a fixed time (Wednesday 2025-08-13). */
export function coreFor(store: Store, ingestUrl?: IngestUrl): BotCore {
  return createBotCore({
    store, logger: silentLogger, clock: fakeClock("2025-08-13T12:00:00Z"),
    config: { DEFAULT_DIGEST_TIME: "07:45", DEFAULT_TIMEZONE: "Europe/London" }, ingestUrl,
  });
}
