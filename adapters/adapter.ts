import type { IncomingMessage, ServerResponse } from "node:http";
import type { ChatPoster } from "../src/domain/chat.js";

/** An HTTP route an adapter serves on the shared server (PORT). */
export interface AdapterRoute {
  method: "GET" | "POST";
  /** Exact path, e.g. "/slack/events", "/api/messages"; with `prefix`, every path under it ("/taxii2/"). */
  path: string;
  /** Serve every path that starts with `path` (exact routes win). */
  prefix?: boolean;
  handle(req: IncomingMessage, res: ServerResponse): void | Promise<void>;
}

/**
 * What a chat platform adapter gives the composition root (adapters/main.ts):
 * routes to mount on the one HTTP server, an outbound poster for digests and alerts,
 * and a lifecycle. Adapters convert and forward; no business logic.
 */
export interface ChatAdapter {
  readonly name: "slack" | "teams";
  readonly routes: AdapterRoute[];
  readonly poster: ChatPoster;
  /** Connects what needs connecting (e.g. Slack Socket Mode). HTTP routes work before start(). */
  start(): Promise<void>;
  stop(): Promise<void>;
}
