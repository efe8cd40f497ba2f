/**
 * Teams bench: (1) the card renderer with its byte guard — time per view → activity and the bytes
 * sent, for help, a 15-incident digest and a 22k-character CJK view (the guard's worst case); targets:
 * every activity ≤ 28,000 bytes; render p50 ≤ 5 ms for ordinary views, ≤ 50 ms for the worst case. (2) A whole turn over loopback: a `latest` message
 * POSTed to /api/messages (local mode, real core on a seeded SQLite store, reply to a fake connector),
 * request in → HTTP 200; target p99 well inside Teams' 15 s window (≤ 1 s).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { activityBytes, TEAMS_MESSAGE_MAX_BYTES, viewToActivity } from "../adapters/teams/teams.activity.js";
import { createBotCore } from "../src/bot/index.js";
import type { View } from "../src/domain/view.js";
import { silentLogger } from "../src/logger.js";
import { composeDigest } from "../src/schedule/digest.compose.js";
import { createStore } from "../src/store/index.js";
import { seedIncidents } from "../test/slack/seed.js";
import { startFakeConnector } from "../test/teams/fake-connector.js";
import { personalMessage } from "../test/teams/teams-fixtures.js";
import { startTeamsHarness } from "../test/teams/teams-harness.js";

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
};
const f = (ms: number): string => `${ms.toFixed(2)} ms`;

function cjkView(): View {
  return {
    kind: "digest", title: "数据泄露每日摘要",
    sections: Array.from({ length: 20 }, (_, i) => ({
      heading: `航空公司 ${i}`,
      items: Array.from({ length: 10 }, (_, j) => ({ title: `事件 ${i}-${j}：客户数据被盗`, text: "客户姓名、电子邮件和电话号码被泄露。".repeat(5) })),
    })),
    fallbackText: "数据泄露每日摘要：".padEnd(22_000, "客户数据"),
  };
}

export async function run(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "br-teams-bench-"));
  const store = await createStore({ databaseUrl: `file:${join(dir, "bench.db")}`, logger: silentLogger });
  const connector = await startFakeConnector();
  try {
    await seedIncidents(store, 13);
    const core = createBotCore({ store, logger: silentLogger });
    const ctx = { platform: "teams" as const, workspaceId: "t", target: "teams:t:a:1bench", userId: "u" };
    const incidents = await store.listIncidents({ limit: 15 });
    const digest = composeDigest({ newIncidents: incidents, changed: [], newTotal: incidents.length, changedTotal: 0 }, { date: "2025-07-20", since: new Date("2025-07-01T00:00:00Z"), late: false, postWhenEmpty: true, campaignNames: new Map() })!;
    const views: [string, View, number][] = [
      ["help", await core.handleCommand("help", ctx), 5], [`digest (${incidents.length} incidents)`, digest, 5], ["CJK 22k chars (worst case)", cjkView(), 50],
    ];
    let over = 0;
    for (const [name, view, targetMs] of views) {
      const times: number[] = [];
      let bytes = 0;
      for (let i = 0; i < 50; i++) {
        const started = performance.now();
        bytes = activityBytes(viewToActivity(view, { conversation: "channel" }));
        times.push(performance.now() - started);
      }
      const s = stats(times);
      if (bytes > TEAMS_MESSAGE_MAX_BYTES) over++;
      const ok = bytes <= TEAMS_MESSAGE_MAX_BYTES && s.p50 <= targetMs;
      console.log(`teams: render ${name.padEnd(27)} p50 ${f(s.p50)}  p99 ${f(s.p99)}  (target p50 ≤ ${targetMs} ms)  activity ${bytes} bytes (limit ${TEAMS_MESSAGE_MAX_BYTES}) ${ok ? "OK" : "OVER TARGET"}`);
    }

    const bot = await startTeamsHarness({ core, store });
    try {
      const turns: number[] = [];
      for (let i = 0; i < 60; i++) {
        const started = performance.now();
        const res = await bot.post(personalMessage(connector.url, "latest"));
        if (res.status !== 200) throw new Error(`turn answered ${res.status}`);
        turns.push(performance.now() - started);
      }
      const s = stats(turns.slice(10));
      console.log(`teams: turn 'latest' over loopback (local mode, real core, reply sent)  p50 ${f(s.p50)}  p99 ${f(s.p99)}  (target p99 ≤ 1000 ms) ${s.p99 <= 1000 ? "OK" : "OVER TARGET"}`);
      console.log(`teams: replies received by the fake connector: ${connector.calls.length}`);
    } finally {
      await bot.close();
    }
    if (over > 0) process.exitCode = 1;
  } finally {
    await connector.close();
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}
