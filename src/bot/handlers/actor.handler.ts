import type { IncidentDetail } from "../../domain/incident.js";
import type { ViewItem } from "../../domain/view.js";
import type { BotEnv, Handler } from "../bot.env.js";
import { actorEntry, allActorNames, canonicalActor } from "../search/actor.aliases.js";
import { closest } from "../text/edit-distance.js";
import { normalize } from "../text/normalize.js";
import { factsFor, outlets, sourcesOf, valueHas } from "../views/evidence.js";
import { actorWords } from "../views/fact.words.js";
import { moreButton, pageContext, pageSize } from "../views/list.view.js";
import { finishView, messageView } from "../views/view.builder.js";

const PAGE = 10;

async function canonicalName(name: string, env: BotEnv): Promise<string | null> {
  const known = actorEntry(name);
  if (known) return known.name;
  const index = await env.index.get();
  const hit = index.matchNames(name, ["actor"])[0];
  if (hit) return canonicalActor(hit.entry.display);
  const names = allActorNames();
  const guess = closest(normalize(name), names.map(normalize));
  const original = names.find((n) => normalize(n) === guess);
  return original ? canonicalActor(original) : null;
}

/** The actor's part in one incident, worded by stance ("claims responsibility, unverified per The Record"). */
function roleLine(d: IncidentDetail, canonical: string): ViewItem {
  const refs = d.actors.filter((a) => canonicalActor(a.name) === canonical);
  const roles = [...new Set(refs.map((a) => a.role))].join("/") || "named";
  const said = sourcesOf(d, factsFor(d, "actors", (v) => refs.some((r) => valueHas(v, r.name))));
  const by = said.length > 0 ? ` per ${outlets(said)}` : "";
  const stance = refs[0] ? actorWords(d, refs[0]).split(" — ").slice(1).join(" — ") : "";
  return { title: d.title, text: `${roles}${by}${stance ? ` (${stance})` : ""} · ${d.id}`, incidentId: d.id, actions: [{ id: "show", label: "Details", command: `show ${d.id}` }] };
}

/** `actor NAME`: canonical name, aliases, and the incidents with the actor's role in each. */
export const actorHandler: Handler<"actor"> = async (cmd, ctx, env) => {
  const canonical = await canonicalName(cmd.name, env);
  if (!canonical) return messageView(`No actor matches "${cmd.name}"`, "Try `search NAME`.", "error");
  const index = await env.index.get();
  const rows = index.search(canonical, ["actor"]).map((h) => h.row).filter((r) => r.actors.some((a) => canonicalActor(a) === canonical));
  const size = pageSize(PAGE, ctx);
  const start = (cmd.page - 1) * size;
  const details = await Promise.all(rows.slice(start, start + size).map((r) => env.store.getIncident(r.id)));
  const items = details.filter((d): d is IncidentDetail => d !== null).map((d) => roleLine(d, canonical));
  const aliases = actorEntry(canonical)?.aliases ?? [];
  return finishView({
    kind: "list",
    title: `Actor: ${canonical}`,
    subtitle: aliases.length > 0 ? `Also known as ${aliases.join(", ")}` : undefined,
    sections: items.length > 0 ? [{ heading: "Incidents", items }] : [{ text: "No incidents recorded for this actor." }],
    actions: start + items.length < rows.length ? [moreButton(`actor ${canonical} page ${cmd.page + 1}`)] : undefined,
    context: pageContext(cmd.page, size, items.length, rows.length),
    ephemeral: true,
  });
};
