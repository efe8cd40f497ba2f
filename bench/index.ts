/**
 * `npm run bench`: every speed and memory target, each printed with its figure; exits 1 when a
 * target is missed (a missed timing is measured once more first, see gate.ts). Not part of
 * `.ci/run`: shared CI machines are too noisy for timing gates. Run one or several with
 * `npm run bench -- NAME...` (extract, ingest, bot, slack, slack-busy, schedule, delivery, start, teams, export, advise).
 */
import { allOutcomes, outcomeLine, recordFailure } from "./gate.js";

const BENCHES: Record<string, () => Promise<{ run?: unknown }>> = {
  extract: () => import("./extract.bench.js"),
  ingest: () => import("./ingest.bench.js"),
  bot: () => import("./bot.bench.js"),
  slack: () => import("./slack.bench.js"),
  "slack-busy": () => import("./slack-busy.bench.js"),
  schedule: () => import("./schedule.bench.js"),
  start: () => import("./start.bench.js"),
  delivery: () => import("./delivery.bench.js"),
  teams: () => import("./teams.bench.js"),
  export: () => import("./export.bench.js"),
  advise: () => import("./advise.bench.js"),
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const names = wanted.length > 0 ? wanted : Object.keys(BENCHES);
for (const name of names) {
  const load = BENCHES[name];
  if (!load) {
    console.error(`unknown bench ${name}; choose from ${Object.keys(BENCHES).join(", ")}`);
    recordFailure(name, "unknown bench");
    continue;
  }
  console.log(`\n=== ${name}`);
  const rssBefore = process.memoryUsage().rss;
  try {
    const mod = await load();
    if (typeof mod.run === "function") await (mod.run as () => Promise<unknown>)();
  } catch (error) {
    console.error(`${name} bench failed:`, error);
    recordFailure(name, "the bench failed");
  }
  console.log(`${name}: bench process rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB (was ${(rssBefore / 1e6).toFixed(0)} MB)`);
}

const outcomes = allOutcomes();
const missed = outcomes.filter((o) => !o.ok);
console.log(`\n=== targets: ${outcomes.length - missed.length} of ${outcomes.length} met`);
for (const o of outcomes) console.log(outcomeLine(o));
if (missed.length > 0) console.log(`\n${missed.length} target(s) missed: npm run bench exits 1.`);
process.exit(missed.length > 0 ? 1 : 0);
