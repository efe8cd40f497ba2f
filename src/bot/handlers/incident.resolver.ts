import { commandRef } from "../../domain/command-ref.js";
import type { IncidentDetail } from "../../domain/incident.js";
import type { View } from "../../domain/view.js";
import type { BotEnv } from "../bot.env.js";
import { rowItem } from "../views/list.view.js";
import { finishView, messageView } from "../views/view.builder.js";

export type Resolved = { ok: true; detail: IncidentDetail } | { ok: false; view: View };

const AMBIGUITY_MARGIN = 0.05;
/** Readable incident ids are one token ("qantas-2025-06"); a name with spaces is never an id. */
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._~-]*$/;

/** Finds an incident by id, or by best name match; several equally good matches → a list to choose from. */
export async function resolveIncident(ref: string, env: BotEnv, then = "show"): Promise<Resolved> {
  const trimmed = ref.trim();
  if (ID_PATTERN.test(trimmed)) {
    const lower = trimmed.toLowerCase();
    const byId = (await env.store.getIncident(trimmed)) ?? (lower !== trimmed ? await env.store.getIncident(lower) : null);
    if (byId) return { ok: true, detail: byId };
  }
  const index = await env.index.get();
  const hits = index.search(trimmed);
  const top = hits[0];
  if (!top) return { ok: false, view: messageView(`No incident matches "${trimmed}"`, `Try ${commandRef("search TEXT")} or ${commandRef("latest")}.`, "error") };
  const close = hits.filter((h) => h.score >= top.score - AMBIGUITY_MARGIN);
  if (close.length === 1) {
    const detail = await env.store.getIncident(top.row.id);
    if (detail) return { ok: true, detail };
  }
  const items = close.slice(0, 10).map((h) => ({
    ...rowItem(h.row, h.matched),
    actions: [{ id: "show" as const, label: "Choose", command: `${then} ${h.row.id}` }],
  }));
  return {
    ok: false,
    view: finishView({
      kind: "list",
      title: `${close.length} incidents match "${trimmed}"`,
      subtitle: "Which one did you mean?",
      sections: [{ items }],
      ephemeral: true,
    }),
  };
}
