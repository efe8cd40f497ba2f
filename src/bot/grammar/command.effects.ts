import type { KnownKind } from "./command.schema.js";

/**
 * Commands that only look things up. Their answers may be re-posted in the channel
 * ("Post to channel"); every other command changes something (a subscription, a watch,
 * the store) and is never re-run by such a click. A new command is read-only only if listed here.
 */
export const READ_ONLY_COMMANDS: ReadonlySet<KnownKind> = new Set<KnownKind>([
  "help", "latest", "search", "show", "actions", "sources", "timeline", "campaign", "actor", "stats", "subscriptions", "watches",
]);
