import type { DataClass } from "../domain/data-class.js";
import type { ActorRole, AttackVector, Incident, Sector } from "../domain/incident.js";
import { actorProfileOf, type ActorProfile } from "./actor-profiles.table.js";
import { GDPR_COUNTRIES, REGULATOR_COUNTRY, STATE_AG_PATTERN, VICTIM_COUNTRY } from "./jurisdiction.table.js";
import { vendorProfileOf, type VendorProfile } from "./vendor-profiles.table.js";

/** Options of advise(). */
export interface AdviseOptions {
  /** Reference time for age-based priorities; without it, no ageing is applied (keeps advise() pure). */
  now?: Date;
  /** ISO 3166-1 alpha-2 country of the reader's organisation (adds that jurisdiction's reminders). */
  country?: string;
}

/** An actor named on the incident, with its profile when the engine knows it. */
export interface ActorFact {
  name: string;
  role: ActorRole;
  profile: ActorProfile | null;
}

/** Everything the rules read, derived once per advise() call from an Incident. */
export interface AdviceFacts {
  incident: Incident;
  exposed: ReadonlySet<DataClass>;
  notExposed: ReadonlySet<DataClass>;
  sector: Sector;
  vector: AttackVector | null;
  thirdParty: boolean | null;
  /** Vendor as reported (cleaned), null when unknown. */
  vendorName: string | null;
  /** Profile when the vendor is a known platform. */
  vendor: VendorProfile | null;
  actors: readonly ActorFact[];
  affectedCount: number | null;
  /** Jurisdictions (ISO alpha-2) from options.country, regulators and victims. */
  countries: ReadonlySet<string>;
  /** A regulator named on the incident is a US state attorney general. */
  stateAgNamed: boolean;
  /** Display name of the victim ("Air France-KLM", "Qantas"). */
  victim: string;
  /** Days since disclosure (or detection) when options.now is given. */
  ageDays: number | null;
}

/** Strip control characters and cap length: these strings come from news text. */
export function clean(text: string, max = 80): string {
  const s = text.replace(/[\u0000-\u001f\u007f]+/g, " ").replace(/\s+/g, " ").trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function countriesOf(incident: Incident, country: string | undefined): Set<string> {
  const out = new Set<string>();
  if (country) out.add(country.toUpperCase());
  for (const r of incident.regulators) {
    const c = REGULATOR_COUNTRY[r.toLowerCase().trim()];
    if (c) out.add(c);
    else if (isStateAg(r)) out.add("US");
  }
  for (const v of [...incident.victims, incident.victimGroup ?? ""]) {
    const c = VICTIM_COUNTRY[v.toLowerCase().trim()];
    if (c) out.add(c);
  }
  return out;
}

/** "Maine AG", "California Attorney General": a US state attorney general. */
function isStateAg(regulator: string): boolean {
  const r = regulator.toLowerCase().trim();
  const country = REGULATOR_COUNTRY[r];
  return STATE_AG_PATTERN.test(r) && (country === undefined || country === "US");
}

function ageDays(incident: Incident, now: Date | undefined): number | null {
  const date = incident.disclosedAt ?? incident.detectedAt;
  if (!now || !date) return null;
  return Math.floor((now.getTime() - Date.parse(`${date}T00:00:00Z`)) / 86_400_000);
}

function victimName(incident: Incident): string {
  // One victim: its own name (Dior, not LVMH); several: the group that holds them (Air France-KLM).
  const name = incident.victims.length === 1 ? incident.victims[0]! : incident.victimGroup ?? (incident.victims.length > 0 ? incident.victims.join(" / ") : incident.title);
  return clean(name || "the affected company");
}

/** Derive the facts the rule tables read. Pure. */
export function deriveFacts(incident: Incident, options: AdviseOptions = {}): AdviceFacts {
  const vendorName = incident.vendor ? clean(incident.vendor, 60) : null;
  const countries = countriesOf(incident, options.country);
  return {
    incident,
    exposed: new Set(incident.exposed),
    notExposed: new Set(incident.notExposed),
    sector: incident.sector,
    vector: incident.vector,
    thirdParty: incident.thirdParty,
    vendorName: vendorName || null,
    vendor: vendorProfileOf(incident.vendor),
    actors: incident.actors.map((a) => ({ name: clean(a.name, 60), role: a.role, profile: actorProfileOf(a.name) })),
    affectedCount: incident.affectedCount,
    countries,
    stateAgNamed: incident.regulators.some(isStateAg),
    victim: victimName(incident),
    ageDays: ageDays(incident, options.now),
  };
}

export const inGdprArea = (f: AdviceFacts): boolean => [...f.countries].some((c) => GDPR_COUNTRIES.has(c));
