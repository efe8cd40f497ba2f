import { ACTORS } from "../../knowledge/gazetteer/actors.js";
import type { ActorEntry } from "../../knowledge/types.js";
import { normalize } from "../text/normalize.js";

let byName: Map<string, ActorEntry> | null = null;

function table(): Map<string, ActorEntry> {
  if (byName) return byName;
  byName = new Map();
  for (const entry of ACTORS) {
    for (const n of [entry.name, ...entry.aliases]) byName.set(normalize(n), entry);
  }
  return byName;
}

/** The gazetteer entry for an actor name or alias ("UNC6040" → ShinyHunters), if known. */
export function actorEntry(name: string): ActorEntry | null {
  return table().get(normalize(name)) ?? null;
}

/** Every name an actor is known by, canonical first. */
export function actorNames(name: string): string[] {
  const entry = actorEntry(name);
  return entry ? [entry.name, ...entry.aliases] : [name];
}

/** Canonical name of an actor, or the name itself when not in the gazetteer. */
export const canonicalActor = (name: string): string => actorEntry(name)?.name ?? name;

/** All known actor names and aliases (for fuzzy lookups of actors with no incidents yet). */
export function allActorNames(): string[] {
  return ACTORS.flatMap((a) => [a.name, ...a.aliases]);
}
