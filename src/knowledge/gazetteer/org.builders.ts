import type { OrgEntry } from "../types.js";

/** Builds one gazetteer line, leaving out the optional fields that are not set. */
function orgEntry(base: Pick<OrgEntry, "name" | "aliases" | "sector">, country: string, group?: string, iata?: string, ambiguous?: true): OrgEntry {
  const entry: OrgEntry = { ...base, country };
  if (group !== undefined) entry.group = group;
  if (iata !== undefined) entry.iata = iata;
  if (ambiguous) entry.ambiguous = true;
  return entry;
}

/** An airline: canonical name, IATA designator, ISO2 country, aliases, parent group, ambiguity flag. */
export const airline = (name: string, iata: string, country: string, aliases: string[] = [], group?: string, ambiguous?: true): OrgEntry =>
  orgEntry({ name, aliases, sector: "airline" }, country, group, iata, ambiguous);

/** A retailer or consumer brand. */
export const retailer = (name: string, country: string, aliases: string[] = [], group?: string, ambiguous?: true): OrgEntry =>
  orgEntry({ name, aliases, sector: "retail" }, country, group, undefined, ambiguous);

/** Any other organisation (insurer, bank, tech, telco, hospitality, healthcare…). */
export const otherOrg = (name: string, country: string, aliases: string[] = [], group?: string, ambiguous?: true): OrgEntry =>
  orgEntry({ name, aliases, sector: "other" }, country, group, undefined, ambiguous);
