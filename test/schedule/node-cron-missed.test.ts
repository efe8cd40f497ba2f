import { afterEach, describe, expect, it, vi } from "vitest";
import { nodeCronPort } from "../../adapters/cron.js";
import { createLogger } from "../../src/logger.js";
import type { CronTask } from "../../src/schedule/index.js";
import type { Store } from "../../src/store/store.port.js";

describe("node-cron's missed-tick warning", () => {
  const tasks: CronTask[] = [];
  afterEach(async () => {
    for (const t of tasks.splice(0)) await t.stop();
    vi.restoreAllMocks();
  });

  it("goes to our logger, not straight to the terminal (it used to break into the console session)", async () => {
    const printed = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const lines: { level: string; msg: string; job?: string }[] = [];
    const logger = createLogger("debug", {}, (l) => void lines.push(JSON.parse(l) as { level: string; msg: string }));
    const port = nodeCronPort({ store: {} as Store, logger });
    tasks.push(port.schedule({ name: "every-second", cron: "* * * * * *", distributed: false }, async () => undefined));
    await new Promise((r) => setTimeout(r, 1_100));
    const until = Date.now() + 2_500;
    while (Date.now() < until) { /* the process is busy: ticks are missed */ }
    await new Promise((r) => setTimeout(r, 1_500));
    expect(lines.some((l) => l.level === "warn" && l.msg === "cron tick missed: the process was busy" && l.job === "every-second")).toBe(true);
    expect(printed.mock.calls.some((c) => String(c[0]).includes("missed execution"))).toBe(false);
  });
});
