import { LogLevel, type Logger as SlackLogger } from "@slack/bolt";
import type { Logger } from "../../src/logger.js";

const LEVEL_ORDER: Record<LogLevel, number> = {
  [LogLevel.DEBUG]: 10,
  [LogLevel.INFO]: 20,
  [LogLevel.WARN]: 30,
  [LogLevel.ERROR]: 40,
};

const describe = (parts: unknown[]): { msg: string; ctx?: Record<string, unknown> } => {
  const [first, ...rest] = parts;
  const msg = first instanceof Error ? first.message : String(first);
  return rest.length ? { msg, ctx: { details: rest.map((p) => (p instanceof Error ? p.message : p)) } } : { msg };
};

/**
 * Bridges our structured logger to the @slack/logger interface Bolt and the WebClient expect,
 * so SDK logs land in the same JSON lines. Bolt's INFO chatter is demoted to debug.
 */
export function toSlackLogger(logger: Logger, initial: LogLevel = LogLevel.WARN): SlackLogger {
  let level = initial;
  const at = (lvl: LogLevel, sink: (m: string, c?: Record<string, unknown>) => void) => (...parts: unknown[]) => {
    if (LEVEL_ORDER[lvl] < LEVEL_ORDER[level]) return;
    const { msg, ctx } = describe(parts);
    sink(msg, ctx);
  };
  return {
    debug: at(LogLevel.DEBUG, logger.debug),
    info: at(LogLevel.INFO, logger.debug),
    warn: at(LogLevel.WARN, logger.warn),
    error: at(LogLevel.ERROR, logger.error),
    setLevel: (l: LogLevel) => { level = l; },
    getLevel: () => level,
    setName: () => undefined,
  };
}
