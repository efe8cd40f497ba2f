/**
 * advise() CPU cost per call: best of 5 batches of 2,000 varied generated incidents (the advice engine runs for
 * every card, digest entry, alert and export of an incident). CPU time (process.cpuUsage), not wall time:
 * waiting for a core on a shared machine is not advise()'s cost. Target: under 0.2 ms per call.
 */
import { pathToFileURL } from "node:url";
import { advise } from "../src/advise/index.js";
import { generateCase, seededRandom } from "../test/advise/incident.generator.js";
import { check } from "./gate.js";

function measure(): number {
  const rnd = seededRandom(42);
  const cases = Array.from({ length: 2000 }, () => generateCase(rnd));
  for (const c of cases.slice(0, 500)) advise(c.incident, { country: c.country, now: c.now }); // warm-up
  const cpuMs: number[] = [];
  for (let batch = 0; batch < 5; batch++) {
    const cpu = process.cpuUsage();
    let actions = 0;
    for (const c of cases) actions += advise(c.incident, { country: c.country, now: c.now }).actions.length;
    const used = process.cpuUsage(cpu);
    cpuMs.push((used.user + used.system) / 1000 / cases.length);
    if (batch === 0) console.log(`  advise(): ${(actions / cases.length).toFixed(1)} actions per incident on average`);
  }
  console.log(`  advise(): CPU per call by batch ${cpuMs.map((x) => x.toFixed(4)).join(", ")} ms`);
  return Math.min(...cpuMs);
}

export async function run(): Promise<void> {
  await check({ name: "advise() CPU per call (best of 5 × 2,000 generated incidents)", unit: "ms", limit: 0.2, direction: "below" }, async () => measure());
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run();
