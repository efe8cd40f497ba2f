import type { DataClass } from "../domain/data-class.js";
import type { AttackVector, Sector } from "../domain/incident.js";
import type { ActorKind, VendorKind } from "../knowledge/types.js";
import { inGdprArea, type AdviceFacts } from "./advice.facts.js";
import type { VendorId } from "./vendor-profiles.table.js";
import { authorityKind } from "./jurisdiction.table.js";

/**
 * A declarative condition over AdviceFacts. Every key present must hold (AND);
 * `anyOf` holds when one of its conditions holds; `not` negates. An empty condition always holds.
 */
export interface Condition {
  /** At least one of these classes is in `exposed`. */
  exposedAny?: readonly DataClass[];
  /** At least one of these classes is said taken by a source, not only claimed by the attackers. */
  exposedAffirmedAny?: readonly DataClass[];
  /** None of these classes is in `exposed`. */
  exposedNone?: readonly DataClass[];
  /** `exposed` is empty (true) or non-empty (false). */
  exposedEmpty?: boolean;
  /** At least one of these classes is in `notExposed`. */
  notExposedAny?: readonly DataClass[];
  /** At least one of these classes is stated neither as exposed nor as not exposed. */
  unstatedAny?: readonly DataClass[];
  /** `notExposed` is non-empty (true) or empty (false). */
  notExposedStated?: boolean;
  vectorIn?: readonly AttackVector[];
  vectorNotIn?: readonly AttackVector[];
  /** The vendor is one of these known platforms. */
  vendorIn?: readonly VendorId[];
  /** The vendor's kind is one of these. */
  vendorKindIn?: readonly VendorKind[];
  /** A vendor is named (true) or not (false). */
  vendorKnown?: boolean;
  /** A vendor is named and the engine has a profile for it. */
  vendorProfiled?: boolean;
  thirdParty?: boolean;
  /** At least one named actor has a profile of one of these kinds. */
  actorKindIn?: readonly ActorKind[];
  /** An actor of one of these kinds is named as more than a suspect (claimed or attributed): severity never rises on a suspicion. */
  actorKindAssertedIn?: readonly ActorKind[];
  /** At least one named actor has a profile (true) / no named actor has one (false). */
  actorProfiled?: boolean;
  /** Any actor is named (true) or none (false). */
  actorsNamed?: boolean;
  /** One of these jurisdictions applies (ISO alpha-2). */
  countryIn?: readonly string[];
  /** An EU/EEA jurisdiction applies. */
  gdprArea?: boolean;
  /** Any jurisdiction is known. */
  jurisdictionKnown?: boolean;
  /** A US state attorney general is named. */
  stateAgNamed?: boolean;
  sectorIn?: readonly Sector[];
  /** affectedCount is known and at least this. */
  minCount?: number;
  /** affectedCount is known and below this. */
  maxCountBelow?: number;
  /** The platform's leaked secrets were the victim's own logins or integration tokens (true) or not (false). */
  ownCredentials?: boolean;
  /** The way in was stolen credentials, not people (true) or not (false). */
  credentialIntrusion?: boolean;
  /**
   * The victim is a listed issuer: with a profile, the reader's own listing (an unlisted subsidiary is not);
   * without one, a securities regulator is named on the incident.
   */
  listedIssuer?: boolean;
  /** The attackers claim to hold the data for extortion (see AdviceFacts.extortionClaimed). */
  extortionClaimed?: boolean;
  /** Sources report a ransom or payment demand. */
  ransomDemanded?: boolean;
  /** Sources report a publication deadline or a threat to publish. */
  publicationThreatened?: boolean;
  anyOf?: readonly Condition[];
  not?: Condition;
}

type Pred = (f: AdviceFacts) => boolean;

/** One compiler per key: turns that key's value into a predicate. Absent keys cost nothing. */
const COMPILERS: { [K in keyof Condition]-?: (v: NonNullable<Condition[K]>) => Pred } = {
  exposedAny: (v) => (f) => v.some((d) => f.exposed.has(d)),
  exposedAffirmedAny: (v) => (f) => v.some((d) => f.exposedAffirmed.has(d)),
  exposedNone: (v) => (f) => !v.some((d) => f.exposed.has(d)),
  exposedEmpty: (v) => (f) => v === (f.exposed.size === 0),
  notExposedAny: (v) => (f) => v.some((d) => f.notExposed.has(d)),
  unstatedAny: (v) => (f) => v.some((d) => !f.exposed.has(d) && !f.notExposed.has(d)),
  notExposedStated: (v) => (f) => v === (f.notExposed.size > 0),
  vectorIn: (v) => (f) => f.vector !== null && v.includes(f.vector),
  vectorNotIn: (v) => (f) => f.vector === null || !v.includes(f.vector),
  vendorIn: (v) => (f) => f.vendor !== null && v.includes(f.vendor.id),
  vendorKindIn: (v) => (f) => f.vendor !== null && v.includes(f.vendor.kind),
  vendorKnown: (v) => (f) => v === (f.vendorName !== null),
  vendorProfiled: (v) => (f) => v === (f.vendor !== null),
  thirdParty: (v) => (f) => v === f.thirdParty,
  actorKindIn: (v) => (f) => f.actors.some((a) => a.profile !== null && v.includes(a.profile.kind)),
  actorKindAssertedIn: (v) => (f) => f.actors.some((a) => a.role !== "suspected" && a.profile !== null && v.includes(a.profile.kind)),
  actorProfiled: (v) => (f) => v === f.actors.some((a) => a.profile !== null),
  actorsNamed: (v) => (f) => v === (f.actors.length > 0),
  countryIn: (v) => (f) => v.some((k) => f.countries.has(k)),
  gdprArea: (v) => (f) => v === inGdprArea(f),
  jurisdictionKnown: (v) => (f) => v === (f.countries.size > 0),
  stateAgNamed: (v) => (f) => v === f.stateAgNamed,
  sectorIn: (v) => (f) => v.includes(f.sector),
  minCount: (v) => (f) => f.affectedCount !== null && f.affectedCount >= v,
  maxCountBelow: (v) => (f) => f.affectedCount !== null && f.affectedCount < v,
  ownCredentials: (v) => (f) => v === f.ownCredentials,
  credentialIntrusion: (v) => (f) => v === f.credentialIntrusion,
  listedIssuer: (v) => (f) => v === (f.reader.hasProfile ? f.reader.listed === true : f.regulators.some((r) => authorityKind(r) === "securities")),
  extortionClaimed: (v) => (f) => v === f.extortionClaimed,
  ransomDemanded: (v) => (f) => v === f.extortion.ransom,
  publicationThreatened: (v) => (f) => v === f.extortion.deadline,
  anyOf: (v) => (f) => v.some((sub) => matches(sub, f)),
  not: (v) => (f) => !matches(v, f),
};

const compiled = new WeakMap<Condition, Pred[]>();

function compile(condition: Condition): Pred[] {
  const preds: Pred[] = [];
  for (const key of Object.keys(condition) as (keyof Condition)[]) {
    const value = condition[key];
    if (value === undefined) continue;
    preds.push((COMPILERS[key] as (v: unknown) => Pred)(value));
  }
  compiled.set(condition, preds);
  return preds;
}

/** Does the condition hold for these facts? (Conditions are compiled once and cached.) */
export function matches(condition: Condition, facts: AdviceFacts): boolean {
  for (const pred of compiled.get(condition) ?? compile(condition)) if (!pred(facts)) return false;
  return true;
}
