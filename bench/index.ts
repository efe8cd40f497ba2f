/**
 * `npm run bench`: every speed and memory target, each printed with its figure.
 * Run one with `npm run bench -- NAME` (extract, ingest, bot, slack, schedule, export).
 */
const BENCHES: Record<string, () => Promise<{ run?: unknown }>> = {
  extract: () => import("./extract.bench.js"),
  ingest: () => import("./ingest.bench.js"),
  bot: () => import("./bot.bench.js"),
  slack: () => import("./slack.bench.js"),
  schedule: () => import("./schedule.bench.js"),
  export: () => import("./export.bench.js"),
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const names = wanted.length > 0 ? wanted : Object.keys(BENCHES);
let failed = 0;
for (const name of names) {
  const load = BENCHES[name];
  if (!load) {
    console.error(`unknown bench ${name}; choose from ${Object.keys(BENCHES).join(", ")}`);
    failed++;
    continue;
  }
  console.log(`\n=== ${name}`);
  const rssBefore = process.memoryUsage().rss;
  try {
    const mod = await load();
    // A bench either exports run() or does its work when imported.
    if (typeof mod.run === "function") await (mod.run as () => Promise<unknown>)();
  } catch (error) {
    failed++;
    console.error(`${name} bench failed:`, error);
  }
  console.log(`${name}: rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB (was ${(rssBefore / 1e6).toFixed(0)} MB)`);
}
process.exit(failed ? 1 : 0);
