import type { ActorEntry } from "../types.js";

/** Threat actors with their aliases. */
export const ACTORS: ActorEntry[] = [
  { name: "ShinyHunters", aliases: ["Shiny Hunters", "UNC6040"], kind: "extortion_group" },
];
