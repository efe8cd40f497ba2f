import type { Sector } from "../domain/incident.js";

/** industry-sector-ov values for our sectors. */
export const SECTOR_INDUSTRIES: Record<Sector, string[]> = {
  airline: ["transportation", "aerospace"],
  retail: ["retail"],
  other: [],
};

/** The TLP:CLEAR-equivalent STIX 2.1 predefined marking (TLP:WHITE): everything we export comes from public reporting. */
export const TLP_WHITE = {
  type: "marking-definition",
  spec_version: "2.1",
  id: "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9",
  created: "2017-01-20T00:00:00.000Z",
  definition_type: "tlp",
  name: "TLP:WHITE",
  definition: { tlp: "white" },
} as const;

/** `object_marking_refs` of every object we mint: one shared, frozen list (objects are serialised, never edited). */
export const MARKING_REFS: readonly string[] = Object.freeze([TLP_WHITE.id]);
