import { describe, expect, it } from "vitest";
import { advise } from "../../src/advise/index.js";
import { generateCase, seededRandom } from "./incident.generator.js";

/**
 * CPU time (process.cpuUsage), not wall time: the test machine is shared, and waiting for a core
 * is not advise()'s cost. Best of 5 batches of 2,000 varied incidents.
 */
describe("advise() speed", () => {
  it("takes under 0.2 ms of CPU per call", () => {
    const rnd = seededRandom(42);
    const cases = Array.from({ length: 2000 }, () => generateCase(rnd));
    for (const c of cases.slice(0, 500)) advise(c.incident, { country: c.country, now: c.now }); // warm-up
    const cpuMs: number[] = [];
    const wallMs: number[] = [];
    for (let batch = 0; batch < 5; batch++) {
      const cpu = process.cpuUsage();
      const wall = process.hrtime.bigint();
      for (const c of cases) advise(c.incident, { country: c.country, now: c.now });
      const used = process.cpuUsage(cpu);
      wallMs.push(Number(process.hrtime.bigint() - wall) / 1e6 / cases.length);
      cpuMs.push((used.user + used.system) / 1000 / cases.length);
    }
    const best = Math.min(...cpuMs);
    process.stdout.write(`advise(): best ${best.toFixed(4)} ms CPU/call; wall per batch ${wallMs.map((x) => x.toFixed(4)).join(", ")} ms\n`);
    expect(best).toBeLessThan(0.2);
  });
});
