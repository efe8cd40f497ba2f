import type { ActorKind } from "../types.js";
import { DISTINCT_CLUSTERS } from "./actor-clusters.js";
import { ACTORS } from "./actors.js";

/** An actor name as stored on an incident, resolved through the gazetteer. */
export interface ResolvedActor {
  /** Canonical gazetteer name ("ShinyHunters" for "UNC6040"), or the name itself when unknown. */
  name: string;
  kind: ActorKind | null;
  /**
   * The activity cluster the name denotes when it is one that its namers track apart from the group
   * our labels fold it into ("UNC6040"), else null. Technique profiles follow the cluster.
   */
  cluster: string | null;
}

/** Words of a text, for whole-word search of cluster names. */
const key = (s: string): string => s.toLowerCase().replace(/[^a-z0-9$]+/g, " ").trim();

/**
 * One spelling key for every way an actor name is written: case, spaces, punctuation and leetspeak digits
 * fold away ("Cl0p" = "CLOP", "Shiny Hunters" = "ShinyHunters").
 */
export const actorSpellingKey = (x: string): string =>
  x.toLowerCase().replace(/[^a-z0-9]+/g, "").replace(/0/g, "o").replace(/1/g, "i").replace(/3/g, "e").replace(/4/g, "a").replace(/5/g, "s");

let table: Map<string, { name: string; kind: ActorKind }> | null = null;
function byName(): Map<string, { name: string; kind: ActorKind }> {
  if (table) return table;
  table = new Map();
  for (const a of ACTORS) for (const n of [a.name, ...a.aliases]) if (!table.has(actorSpellingKey(n))) table.set(actorSpellingKey(n), { name: a.name, kind: a.kind });
  return table;
}
const CLUSTERS: ReadonlyMap<string, string> = new Map(DISTINCT_CLUSTERS.map((c) => [actorSpellingKey(c.name), c.name]));

/** Resolve an actor name or alias: canonical name, kind, and the distinct cluster it names, if any. */
export function resolveActorName(name: string): ResolvedActor {
  const k = actorSpellingKey(name);
  const entry = byName().get(k);
  return { name: entry?.name ?? name, kind: entry?.kind ?? null, cluster: CLUSTERS.get(k) ?? null };
}

/** Distinct cluster names ("UNC6040") that a text mentions, in gazetteer order. */
export function clustersNamedIn(text: string): string[] {
  const t = ` ${key(text)} `;
  return DISTINCT_CLUSTERS.filter((c) => t.includes(` ${key(c.name)} `)).map((c) => c.name);
}
