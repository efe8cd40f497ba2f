import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { nodeCronPort } from "../../adapters/cron.js";
import { silentLogger } from "../../src/logger.js";
import type { CronTask } from "../../src/schedule/index.js";
import type { Store } from "../../src/store/store.port.js";
import { openSecondStore, openTestStore, storeKinds, type TestStore } from "../helpers/test-store.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(storeKinds())("node-cron wiring (%s)", (kind) => {
  let store: TestStore;
  let second: Store;
  const tasks: CronTask[] = [];
  beforeEach(async () => {
    store = await openTestStore(kind);
    second = await openSecondStore(store);
  });
  afterEach(async () => {
    for (const t of tasks.splice(0)) await t.stop();
    await second.close();
    await store.cleanup();
  });

  it("runs a job on its schedule, and a distributed job on one replica per tick", async () => {
    let local = 0;
    const runs: string[] = [];
    const portA = nodeCronPort({ store, logger: silentLogger });
    const portB = nodeCronPort({ store: second, logger: silentLogger });
    tasks.push(portA.schedule({ name: "local-tick", cron: "* * * * * *", distributed: false }, async () => { local++; }));
    tasks.push(portA.schedule({ name: "shared-tick", cron: "* * * * * *", distributed: true }, async () => { runs.push(`A@${Math.floor(Date.now() / 1000)}`); }));
    tasks.push(portB.schedule({ name: "shared-tick", cron: "* * * * * *", distributed: true }, async () => { runs.push(`B@${Math.floor(Date.now() / 1000)}`); }));
    await sleep(3_300);
    for (const t of tasks.splice(0)) await t.stop();
    expect(local).toBeGreaterThanOrEqual(2);
    expect(runs.length).toBeGreaterThanOrEqual(2);
    const seconds = runs.map((r) => r.split("@")[1]);
    expect(new Set(seconds).size).toBe(seconds.length);
  });
});
