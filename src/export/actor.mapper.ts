import { ACTORS } from "../knowledge/gazetteer/actors.js";
import type { ActorEntry, ActorKind } from "../knowledge/types.js";
import { DISTINCT_CLUSTERS } from "./actor-clusters.table.js";
import { nameKey, stixId } from "./stix.ids.js";

/** How each kind of actor is modelled: vendor-named activity clusters and state groups are intrusion sets; named crews, brands and people are threat actors. */
const KIND_TYPE: Record<ActorKind, "threat-actor" | "intrusion-set"> = {
  cluster: "intrusion-set",
  state: "intrusion-set",
  extortion_group: "threat-actor",
  ransomware: "threat-actor",
  individual: "threat-actor",
};

/** threat-actor-type-ov value per kind. */
const KIND_ACTOR_TYPES: Record<ActorKind, string[]> = {
  cluster: [], state: [], extortion_group: ["crime-syndicate"], ransomware: ["crime-syndicate"], individual: ["criminal"],
};

export interface ActorShape {
  type: "threat-actor" | "intrusion-set";
  id: string;
  name: string;
  aliases: string[];
  threatActorTypes: string[];
  /** For a distinct cluster: the group the press links it to, and who names the cluster. */
  cluster: { overlaps: string; namedBy: string } | null;
}

const CLUSTERS = new Map(DISTINCT_CLUSTERS.map((c) => [nameKey(c.name), c]));
const ENTRIES = new Map<string, ActorEntry>();
for (const entry of ACTORS) for (const n of [entry.name, ...entry.aliases]) if (!ENTRIES.has(nameKey(n))) ENTRIES.set(nameKey(n), entry);

/**
 * The STIX shape of an actor name as stored on an incident. A distinct cluster (UNC6040) stays its own
 * intrusion-set even where the gazetteer folds it into a group; a known group lists its aliases minus
 * those clusters; an unknown name becomes a threat-actor of unknown type.
 */
export function actorShape(storedName: string): ActorShape {
  const key = nameKey(storedName);
  const cluster = CLUSTERS.get(key);
  if (cluster) {
    return { type: "intrusion-set", id: stixId("intrusion-set", nameKey(cluster.name)), name: cluster.name, aliases: [], threatActorTypes: [], cluster: { overlaps: cluster.overlaps, namedBy: cluster.namedBy } };
  }
  const entry = ENTRIES.get(key);
  if (!entry) return { type: "threat-actor", id: stixId("threat-actor", key), name: storedName.trim(), aliases: [], threatActorTypes: ["unknown"], cluster: null };
  const type = KIND_TYPE[entry.kind];
  const aliases = [...new Set(entry.aliases.filter((a) => !CLUSTERS.has(nameKey(a)) && nameKey(a) !== nameKey(entry.name)))];
  return { type, id: stixId(type, nameKey(entry.name)), name: entry.name, aliases, threatActorTypes: KIND_ACTOR_TYPES[entry.kind], cluster: null };
}
