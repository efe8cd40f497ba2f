import type { ReaderProfile } from "../domain/reader-profile.js";
import type { DataClass } from "../domain/data-class.js";
import type { Stance } from "../domain/evidence.js";
import { stanceOf, type CountFigure } from "../domain/fact-stance.js";
import type { ActorRole, AttackVector, FactField, Incident, Sector } from "../domain/incident.js";
import type { IncidentDetail } from "../domain/incident.js";
import { clustersNamedIn, resolveActorName } from "../knowledge/gazetteer/actor-names.js";
import { actorProfileOf, type ActorProfile } from "./actor-profiles.table.js";
import { GDPR_COUNTRIES, regulatorCountry, STATE_AG_PATTERN, VICTIM_COUNTRY } from "./jurisdiction.table.js";
import { readerFactsOf, type ReaderFacts } from "./reader.lens.js";
import { extortionSignals, type ExtortionSignals } from "./extortion.signals.js";
import { vendorProfileOf, type VendorProfile } from "./vendor-profiles.table.js";

/** Options of advise(). */
export interface AdviseOptions {
  /** Reference time for age-based priorities; without it, no ageing is applied (keeps advise() pure). */
  now?: Date;
  /** ISO 3166-1 alpha-2 country of the reader's organisation (adds that jurisdiction's reminders). */
  country?: string;
  /** The reading workspace's profile (organisation, sector, jurisdictions, listing, stack); see domain/reader-profile. */
  profile?: ReaderProfile;
}

/** An actor named on the incident, with its profile when the engine knows it. */
export interface ActorFact {
  name: string;
  role: ActorRole;
  profile: ActorProfile | null;
  /** How sure the record is that this actor is involved. */
  stance: Stance;
}

/**
 * Everything the rules read, derived once per advise() call from an Incident. Facts the program only
 * inferred (no source states them) are left out of what happened: rules never build statements on them.
 */
export interface AdviceFacts {
  incident: Incident;
  /** Classes reported, confirmed or claimed taken (see `stance` for which). */
  exposed: ReadonlySet<DataClass>;
  /** Classes a source (not only an attacker's claim) says were taken. */
  exposedAffirmed: ReadonlySet<DataClass>;
  notExposed: ReadonlySet<DataClass>;
  sector: Sector;
  vector: AttackVector | null;
  thirdParty: boolean | null;
  /** Vendor as reported (cleaned), null when unknown. */
  vendorName: string | null;
  /** Profile when the vendor is a known platform. */
  vendor: VendorProfile | null;
  actors: readonly ActorFact[];
  /** The count rules may rely on: the incident's figure unless it is only an attacker's claim or an inference. */
  affectedCount: number | null;
  /** Figures only the attackers claim, named as claims in reasons, never used for severity. */
  claimedCounts: readonly CountFigure[];
  /**
   * The stance-aware accessor: how sure the record is of a fact ("vendor", "vector",
   * ["exposed", "email"], ["actors", "ShinyHunters"], "affectedCount"). Unknown reads as "reported".
   */
  stance(field: FactField, value?: unknown): Stance;
  /** Jurisdictions (ISO alpha-2) from options.country, regulators and victims. */
  countries: ReadonlySet<string>;
  /** A regulator named on the incident is a US state attorney general. */
  stateAgNamed: boolean;
  /** Regulators a source names (not ones only inferred). */
  regulators: readonly string[];
  /** Display name of the victim ("Air France-KLM", "Qantas"). */
  victim: string;
  /** Days since disclosure (or detection) when options.now is given. */
  ageDays: number | null;
  /** options.now, for notification clocks (hours left); null keeps advise() free of the clock. */
  now: Date | null;
  /** The reader's relation to the incident, from the workspace profile. */
  reader: ReaderFacts;
  /** The secrets the attackers took on the platform were the victim's own logins or integration tokens (vendor knowledge). */
  ownCredentials: boolean;
  /** The way in was stolen credentials (a stated credential vector, or the platform's known campaign): no phone-based hunting. */
  credentialIntrusion: boolean;
  /** Extortion steps the sources report (leak, ransom demand, publication deadline, injunction). */
  extortion: ExtortionSignals;
  /**
   * Someone claims to hold the data for extortion: an extortion or ransomware actor claims the attack, the attackers
   * give their own figures, or a source reports a leak or ransom demand. Always the attackers' claim.
   */
  extortionClaimed: boolean;
}

/** Strip control characters and cap length: these strings come from news text. */
export function clean(text: string, max = 80): string {
  const s = text.replace(/[\u0000-\u001f\u007f]+/g, " ").replace(/\s+/g, " ").trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function countriesOf(incident: Incident, regulators: readonly string[], country: string | undefined, reader: ReaderFacts): Set<string> {
  const out = new Set<string>();
  if (country) out.add(country.toUpperCase());
  // Our own jurisdictions are the victim's only when we are the victim.
  if (reader.isVictim) for (const j of reader.jurisdictions) if (!j.includes("-")) out.add(j);
  for (const r of regulators) {
    // Only a regulator's name implies its law applies; police and cyber agencies (the FBI, the NCSC) do not.
    const c = regulatorCountry(r);
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
  const country = regulatorCountry(r);
  return STATE_AG_PATTERN.test(r) && (country === null || country === "US");
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

const STATED: ReadonlySet<Stance> = new Set(["confirmed", "reported", "claimed"]);
const AFFIRMED: ReadonlySet<Stance> = new Set(["confirmed", "reported"]);

/** The claimed figures of an incident: its count figures, or its own count when only claimed. */
function claimedCounts(incident: Incident, stance: (f: FactField, v?: unknown) => Stance): CountFigure[] {
  const claimed = (incident.counts ?? []).filter((c) => c.stance === "claimed");
  if (claimed.length > 0 || incident.affectedCount === null || stance("affectedCount") !== "claimed") return claimed;
  return [{ value: incident.affectedCount, unit: "unknown", stance: "claimed", speaker: null, sources: [] }];
}

/**
 * Actors named on the incident, plus the distinct clusters ("UNC6040") its sources name for them where our
 * labels fold the cluster into a group: the cluster keeps its own technique profile.
 */
function actorFacts(incident: Incident, stated: (f: FactField, v?: unknown) => boolean, stance: (f: FactField, v?: unknown) => Stance): ActorFact[] {
  const out: ActorFact[] = incident.actors
    .filter((a) => stated("actors", a.name))
    .map((a) => ({ name: clean(a.name, 60), role: a.role, profile: actorProfileOf(a.name), stance: stance("actors", a.name) }));
  const facts = (incident as Partial<IncidentDetail>).facts;
  if (!facts) return out;
  for (const fact of facts) {
    if (fact.field !== "actors" || !fact.current || !fact.quotes || fact.stance === "inferred" || fact.stance === "denied") continue;
    const group = resolveActorName(String((fact.value as { name?: unknown })?.name ?? fact.value)).name;
    const actor = out.find((a) => resolveActorName(a.name).name === group);
    if (!actor) continue;
    for (const cluster of clustersNamedIn(fact.quotes.map((q) => q.text).join(" "))) {
      if (out.some((a) => a.name === cluster) || resolveActorName(cluster).name !== group) continue;
      out.push({ name: cluster, role: actor.role, profile: actorProfileOf(cluster), stance: fact.stance ?? actor.stance });
    }
  }
  return out;
}

/** Derive the facts the rule tables read. Pure. */
export function deriveFacts(incident: Incident, options: AdviseOptions = {}): AdviceFacts {
  const stance = (field: FactField, value?: unknown): Stance => stanceOf(incident.stances, field, value);
  const stated = (field: FactField, value?: unknown): boolean => STATED.has(stance(field, value));
  const vendor = incident.vendor && stated("vendor") ? incident.vendor : null;
  const vendorName = vendor ? clean(vendor, 60) : null;
  const regulators = incident.regulators.filter((r) => stated("regulators", r));
  const reader = readerFactsOf(incident, options.profile);
  const countries = countriesOf(incident, regulators, options.country, reader);
  const exposed = incident.exposed.filter((c) => stated("exposed", c));
  const vendorProfile = vendorProfileOf(vendor);
  const vector = incident.vector && stated("vector") ? incident.vector : null;
  const actors = actorFacts(incident, stated, stance);
  const claims = claimedCounts(incident, stance);
  const extortion = extortionSignals(incident);
  return {
    incident,
    exposed: new Set(exposed),
    exposedAffirmed: new Set(exposed.filter((c) => AFFIRMED.has(stance("exposed", c)))),
    notExposed: new Set(incident.notExposed),
    sector: incident.sector,
    vector,
    thirdParty: incident.thirdParty !== null && stated("thirdParty") ? incident.thirdParty : null,
    vendorName: vendorName || null,
    vendor: vendorProfile,
    actors,
    affectedCount: incident.affectedCount !== null && AFFIRMED.has(stance("affectedCount")) ? incident.affectedCount : null,
    claimedCounts: claims,
    stance,
    countries,
    stateAgNamed: regulators.some(isStateAg),
    regulators,
    victim: victimName(incident),
    ageDays: ageDays(incident, options.now),
    now: options.now ?? null,
    reader,
    ownCredentials: vendorProfile?.ownCredentials === true,
    // A stated vector decides; without one, the platform's known campaign does.
    credentialIntrusion: vector ? vector === "stolen_credentials" || vector === "credential_stuffing" : vendorProfile?.credentialIntrusion === true,
    extortion,
    extortionClaimed: extortion.leak || extortion.ransom || extortion.deadline || claims.length > 0
      || actors.some((a) => a.role === "claimed" && a.profile !== null && (a.profile.kind === "extortion_group" || a.profile.kind === "ransomware")),
  };
}

export const inGdprArea = (f: AdviceFacts): boolean => [...f.countries].some((c) => GDPR_COUNTRIES.has(c));
