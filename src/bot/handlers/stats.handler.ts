import { SECTORS, SEVERITIES } from "../../domain/incident.js";
import type { Handler } from "../bot.env.js";
import { plural } from "../views/format.js";
import { finishView } from "../views/view.builder.js";

const DAY_MS = 86_400_000;

/** "7d" → 7 days ago; "2025" → 1 Jan 2025; "all" → null (no lower bound). */
export function periodStart(period: string, now: Date): Date | null {
  if (period === "all") return null;
  if (/^\d{4}$/.test(period)) return new Date(Date.UTC(Number(period), 0, 1));
  return new Date(now.getTime() - Number(period.slice(0, -1)) * DAY_MS);
}

/** `stats [period]`: counts by sector and severity, top vendors and actors, over incidents reported (event time) in the period. */
export const statsHandler: Handler<"stats"> = async (cmd, _ctx, env) => {
  const stats = await env.statsCache.get(cmd.period, () => env.store.stats(periodStart(cmd.period, env.clock.now())));
  const top = (list: { name: string; count: number }[]) => list.slice(0, 5).map((x) => `${x.name}: ${x.count}`);
  return finishView({
    kind: "list",
    title: `Statistics (${cmd.period === "all" ? "all time" : /^\d{4}$/.test(cmd.period) ? `since ${cmd.period}` : `last ${cmd.period}`})`,
    sections: [
      { heading: "By sector", facts: SECTORS.map((s) => ({ label: s, value: String(stats.bySector[s] ?? 0) })) },
      { heading: "By severity", facts: SEVERITIES.map((s) => ({ label: s, value: String(stats.bySeverity[s] ?? 0) })) },
      { heading: "Top vendors", bullets: top(stats.topVendors).length > 0 ? top(stats.topVendors) : ["none"] },
      { heading: "Top actors", bullets: top(stats.topActors).length > 0 ? top(stats.topActors) : ["none"] },
    ],
    context: `${plural(stats.total, "incident")} reported in the period · ${plural(stats.sources, "source")} published in it`,
    ephemeral: true,
  });
};
