/** Country hints for regulatory reminders. ISO 3166-1 alpha-2; "EU" for EU-wide bodies. */
import { REGULATORS } from "../knowledge/gazetteer/regulators.js";
import type { RegulatorKind } from "../knowledge/types.js";

/** Regulator / authority names (lower case) → country. Names imply where notification rules apply. */
export const REGULATOR_COUNTRY: Readonly<Record<string, string>> = {
  "cnil": "FR", "commission nationale de l'informatique et des libertés": "FR",
  "autoriteit persoonsgegevens": "NL", "ap": "NL", "dutch data protection authority": "NL",
  "ico": "GB", "information commissioner's office": "GB", "information commissioner": "GB",
  "oaic": "AU", "office of the australian information commissioner": "AU",
  "opc": "CA", "office of the privacy commissioner of canada": "CA", "privacy commissioner of canada": "CA",
  "maine ag": "US", "maine attorney general": "US", "california ag": "US", "california attorney general": "US",
  "texas ag": "US", "texas attorney general": "US", "sec": "US", "ftc": "US",
  "bfdi": "DE", "garante": "IT", "garante privacy": "IT", "aepd": "ES", "data protection commission": "IE", "dpc": "IE",
  "imy": "SE", "apd": "BE", "gba": "BE", "cnpd": "PT", "uodo": "PL", "edpb": "EU",
  "pdpc": "SG", "personal data protection commission": "SG", "pcpd": "HK",
  "privacy commissioner of new zealand": "NZ", "new zealand privacy commissioner": "NZ", "opc nz": "NZ",
  "ppc": "JP", "personal information protection commission": "JP",
};

/** Regulator names (lower case) that are US state attorneys general, for state breach-law reminders. */
export const STATE_AG_PATTERN = /\b(attorney general|ag)\b/;

/** A small victim → headquarters-country hint (lower case victim or group name). */
export const VICTIM_COUNTRY: Readonly<Record<string, string>> = {
  "qantas": "AU", "virgin australia": "AU", "air france": "FR", "klm": "NL", "air france-klm": "FR",
  "westjet": "CA", "air canada": "CA", "hawaiian airlines": "US", "american airlines": "US", "delta": "US", "united airlines": "US",
  "british airways": "GB", "marks & spencer": "GB", "m&s": "GB", "co-op": "GB", "harrods": "GB",
  "allianz": "DE", "allianz life": "US", "adidas": "DE", "chanel": "FR", "dior": "FR", "louis vuitton": "FR", "cartier": "FR",
  "kering": "FR", "pandora": "DK", "victoria's secret": "US", "ticketmaster": "US", "neiman marcus": "US",
  "singapore airlines": "SG", "cathay pacific": "HK", "air new zealand": "NZ", "lufthansa": "DE", "aeroméxico": "MX",
};

/** EU and EEA member states, where the GDPR applies. */
export const GDPR_COUNTRIES: ReadonlySet<string> = new Set([
  "EU", "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
  "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
]);

/** Kinds of authority whose rules bind the organisation: police and cyber agencies (the FBI, CISA, the NCSC) are not regulators. */
const REGULATOR_KINDS: ReadonlySet<RegulatorKind> = new Set(["dpa", "state_ag", "securities", "consumer"]);

const GAZETTEER: ReadonlyMap<string, { country: string; kind: RegulatorKind }> = new Map(
  REGULATORS.flatMap((r) => [r.name, ...r.aliases].map((n) => [n.toLowerCase().trim(), { country: r.country, kind: r.kind }] as const)),
);

/** The kind of an authority named on an incident, through the gazetteer (null when unknown). */
export const authorityKind = (name: string): RegulatorKind | null => GAZETTEER.get(name.toLowerCase().trim())?.kind ?? null;

/** Is this authority a regulator (a data-protection, securities, consumer body or state AG), not police or a cyber agency? */
export function isRegulator(name: string): boolean {
  const kind = authorityKind(name);
  return kind === null ? REGULATOR_COUNTRY[name.toLowerCase().trim()] !== undefined : REGULATOR_KINDS.has(kind);
}

/** The country whose notification law a named regulator implies, or null (unknown, or not a regulator). */
export function regulatorCountry(name: string): string | null {
  const key = name.toLowerCase().trim();
  const entry = GAZETTEER.get(key);
  if (entry) return REGULATOR_KINDS.has(entry.kind) && entry.country !== "INT" ? entry.country : null;
  return REGULATOR_COUNTRY[key] ?? null;
}
