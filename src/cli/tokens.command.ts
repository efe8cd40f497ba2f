import { loadConfig } from "../config.js";
import { createLogger } from "../logger.js";
import { createToken } from "../api/token.service.js";
import type { ApiTokenRecord, Store } from "../store/store.port.js";
import { withStore } from "./cli.store.js";
import type { CliCommand, CliIO } from "./command.js";

const USAGE = "Usage: breach-radar tokens create NAME [--rate N] | tokens list | tokens revoke ID|PREFIX";

/** Token names are typed by an admin but printed back: drop terminal control characters. */
const clean = (text: string): string => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, "");
const when = (d: Date | null): string => (d ? d.toISOString().replace(/\.\d+Z$/, "Z") : "never");

function describe(t: ApiTokenRecord): string {
  const state = t.revokedAt ? `revoked ${when(t.revokedAt)}` : "active";
  return `${t.prefix}…  ${clean(t.name)}  (${state}; created ${when(t.createdAt)}; last used ${when(t.lastUsedAt)}; ${t.ratePerMinute ?? "default"} req/min; id ${t.id})`;
}

async function create(store: Store, args: string[], io: CliIO): Promise<number> {
  const rateAt = args.indexOf("--rate");
  const rate = rateAt >= 0 ? Number(args[rateAt + 1]) : null;
  const name = args.filter((_, k) => rateAt < 0 || (k !== rateAt && k !== rateAt + 1)).join(" ").trim();
  if (!name || name.length > 100) {
    io.err(`A token needs a NAME (1–100 characters), e.g. "OpenCTI production".\n${USAGE}`);
    return 2;
  }
  if (rate !== null && (!Number.isInteger(rate) || rate < 1 || rate > 100_000)) {
    io.err(`--rate must be a whole number of requests per minute between 1 and 100000.\n${USAGE}`);
    return 2;
  }
  const { token, record } = await createToken(store, { name, ratePerMinute: rate, now: new Date() });
  io.out([
    `Created token "${clean(record.name)}" (id ${record.id}).`,
    "",
    `  ${token}`,
    "",
    "Copy it now: only its hash is stored, so it cannot be shown again.",
    "Use it as `Authorization: Bearer <token>` (or as the password of HTTP Basic auth) for /taxii2/ and /api/v1/.",
  ].join("\n"));
  return 0;
}

async function runAction(store: Store, action: string | undefined, rest: string[], io: CliIO): Promise<number> {
  switch (action) {
    case "create":
      return create(store, rest, io);
    case "list": {
      const tokens = await store.listApiTokens();
      io.out(tokens.length ? tokens.map(describe).join("\n") : "No API tokens. The TAXII collection and the JSON API stay off until one exists: `breach-radar tokens create NAME`.");
      return 0;
    }
    case "revoke": {
      const key = rest[0];
      if (!key) {
        io.err(USAGE);
        return 2;
      }
      const revoked = await store.revokeApiToken(key.replace(/…$/, ""), new Date());
      if (!revoked) {
        io.err(`No single active token has the id or prefix "${clean(key)}". See \`breach-radar tokens list\`.`);
        return 1;
      }
      io.out(`Revoked token "${clean(revoked.name)}" (${revoked.prefix}…). Requests with it now get 401.`);
      return 0;
    }
    default:
      io.err(USAGE);
      return 2;
  }
}

/** `breach-radar tokens create|list|revoke`: API tokens for TAXII and the JSON API, stored hashed. */
export const command: CliCommand = {
  name: "tokens",
  async run(args, io) {
    const [action, ...rest] = args;
    if (!action) {
      io.err(USAGE);
      return 2;
    }
    const config = loadConfig();
    return withStore(config, createLogger(config.LOG_LEVEL === "info" ? "warn" : config.LOG_LEVEL).child({ part: "store" }), (store) => runAction(store, action, rest, io));
  },
};
