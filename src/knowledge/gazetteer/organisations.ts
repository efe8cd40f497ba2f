import type { OrgEntry } from "../types.js";

/** Organisations outside airlines and retail that appear in breach news (sector "other"). */
export const OTHER_ORGS: OrgEntry[] = [
  { name: "Allianz Life", aliases: ["Allianz Life Insurance Company of North America"], sector: "other", group: "Allianz", country: "US" },
];
