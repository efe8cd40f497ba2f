import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { allOutcomes, check } from "../../bench/gate.js";

describe("npm run bench is a gate", () => {
  it("a met target is measured once; a missed one is measured once more and the second figure counts", async () => {
    const lines: string[] = [];
    let calls = 0;
    const met = await check({ name: "fast thing", unit: "ms", limit: 50, direction: "below" }, async () => { calls++; return 12; }, (l) => void lines.push(l));
    expect(met).toMatchObject({ ok: true, figure: 12, repeated: false });
    expect(calls).toBe(1);

    const figures = [104.8, 19];
    const noisy = await check({ name: "noisy thing", unit: "ms", limit: 50, direction: "below" }, async () => figures.shift()!, (l) => void lines.push(l));
    expect(noisy).toMatchObject({ ok: true, figure: 19, repeated: true });
    expect(lines).toContain("  (noisy thing: 105 ms misses < 50.0 ms; measuring once more, shared machines are noisy)");

    const slow = await check({ name: "slow rate", unit: "articles/s", limit: 300, direction: "at least" }, async () => 120, (l) => void lines.push(l));
    expect(slow).toMatchObject({ ok: false, figure: 120, repeated: true });
    expect(lines.at(-1)).toBe("  MISS slow rate: 120 articles/s (target ≥ 300 articles/s) [measured twice]");
    expect(allOutcomes().map((o) => o.ok)).toEqual([true, true, false]);
  });

  it("exits non-zero when a target is missed or a bench cannot run, and prints every target", () => {
    const r = spawnSync(process.execPath, ["bin/run-ts.js", "bench/index.ts", "no-such-bench"], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("=== targets: 0 of 1 met");
    expect(r.stdout).toContain("MISS no-such-bench (unknown bench): not measured");
  });

  it("is not part of .ci/run, and the README says how to run it", async () => {
    const { readFileSync } = await import("node:fs");
    expect(readFileSync(".ci/run", "utf8")).not.toMatch(/npm run bench|bench\/index/);
    expect(readFileSync("README.md", "utf8")).toMatch(/npm run bench[\s\S]{0,400}exits (with status )?1/);
  });
});
