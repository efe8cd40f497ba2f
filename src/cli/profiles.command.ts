import { loadConfig } from "../config.js";
import type { ReaderProfile } from "../domain/reader-profile.js";
import { createLogger } from "../logger.js";
import { vendorDisplayName } from "../knowledge/gazetteer/vendor-names.js";
import type { Store } from "../store/store.port.js";
import { withExistingStore } from "./cli.store.js";
import type { CliCommand, CliIO } from "./command.js";

const USAGE = "Usage: breach-radar profiles list [--json] | profiles clear OWNER (e.g. slack:T0123ABCD)";

/** Organisation names are typed by chat users and printed here: drop terminal control and bidi characters. */
const clean = (text: string): string => text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "");

function describe(p: ReaderProfile): string {
  const parts = [
    `org ${p.organisation ? clean(p.organisation) : "-"}`,
    `sector ${p.sector ?? "-"}`,
    `countries ${p.jurisdictions.join(",") || "-"}`,
    `listed ${p.listed === null ? "-" : p.listed ? "yes" : "no"}`,
    `stack ${p.stack.map(vendorDisplayName).join(", ") || "-"}`,
  ];
  return `${clean(p.owner)}  ${parts.join("; ")}  (changed ${p.updatedAt.toISOString().replace(/\.\d+Z$/, "Z")})`;
}

async function runAction(store: Store, action: string | undefined, rest: string[], io: CliIO): Promise<number> {
  if (action === "list") {
    const profiles = await store.listReaderProfiles();
    if (rest.includes("--json")) io.out(JSON.stringify(profiles.map((p) => ({ ...p, updatedAt: p.updatedAt.toISOString() }))));
    else io.out(profiles.length ? profiles.map(describe).join("\n") : "No reader profiles. Workspaces set theirs with the `profile` command.");
    return 0;
  }
  if (action === "clear" && rest.length === 1) {
    const owner = rest[0]!;
    const had = await store.clearReaderProfile(owner);
    if (!had) {
      io.err(`No reader profile for "${clean(owner)}". See \`breach-radar profiles list\`.`);
      return 1;
    }
    io.out(`Cleared the reader profile of ${clean(owner)} (running bots see it within 30 s).`);
    return 0;
  }
  io.err(USAGE);
  return 2;
}

/** `breach-radar profiles list|clear`: the workspaces' reader profiles, for operators. */
export const command: CliCommand = {
  name: "profiles",
  async run(args, io) {
    const [action, ...rest] = args;
    const config = loadConfig();
    return withExistingStore(config, createLogger(config.LOG_LEVEL === "info" ? "warn" : config.LOG_LEVEL).child({ part: "store" }), (store) => runAction(store, action, rest, io));
  },
};
