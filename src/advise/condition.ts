import type { DataClass } from "../domain/data-class.js";
import type { AttackVector, Sector } from "../domain/incident.js";
import type { ActorKind, VendorKind } from "../knowledge/types.js";
import { inGdprArea, type AdviceFacts } from "./advice.facts.js";
import type { VendorId } from "./vendor-profiles.table.js";

/**
 * A declarative condition over AdviceFacts. Every key present must hold (AND);
 * `anyOf` holds when one of its conditions holds; `not` negates. An empty condition always holds.
 */
export interface Condition {
  /** At least one of these classes is in `exposed`. */
  exposedAny?: readonly DataClass[];
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
  anyOf?: readonly Condition[];
  not?: Condition;
}

type Check = (c: Condition, f: AdviceFacts) => boolean;

/** One check per key; a key that is absent passes. */
const CHECKS: readonly Check[] = [
  (c, f) => !c.exposedAny || c.exposedAny.some((d) => f.exposed.has(d)),
  (c, f) => !c.exposedNone || !c.exposedNone.some((d) => f.exposed.has(d)),
  (c, f) => c.exposedEmpty === undefined || c.exposedEmpty === (f.exposed.size === 0),
  (c, f) => !c.notExposedAny || c.notExposedAny.some((d) => f.notExposed.has(d)),
  (c, f) => !c.unstatedAny || c.unstatedAny.some((d) => !f.exposed.has(d) && !f.notExposed.has(d)),
  (c, f) => c.notExposedStated === undefined || c.notExposedStated === (f.notExposed.size > 0),
  (c, f) => !c.vectorIn || (f.vector !== null && c.vectorIn.includes(f.vector)),
  (c, f) => !c.vectorNotIn || f.vector === null || !c.vectorNotIn.includes(f.vector),
  (c, f) => !c.vendorIn || (f.vendor !== null && c.vendorIn.includes(f.vendor.id)),
  (c, f) => !c.vendorKindIn || (f.vendor !== null && c.vendorKindIn.includes(f.vendor.kind)),
  (c, f) => c.vendorKnown === undefined || c.vendorKnown === (f.vendorName !== null),
  (c, f) => c.vendorProfiled === undefined || c.vendorProfiled === (f.vendor !== null),
  (c, f) => c.thirdParty === undefined || c.thirdParty === f.thirdParty,
  (c, f) => !c.actorKindIn || f.actors.some((a) => a.profile !== null && c.actorKindIn!.includes(a.profile.kind)),
  (c, f) => c.actorProfiled === undefined || c.actorProfiled === f.actors.some((a) => a.profile !== null),
  (c, f) => c.actorsNamed === undefined || c.actorsNamed === (f.actors.length > 0),
  (c, f) => !c.countryIn || c.countryIn.some((k) => f.countries.has(k)),
  (c, f) => c.gdprArea === undefined || c.gdprArea === inGdprArea(f),
  (c, f) => c.jurisdictionKnown === undefined || c.jurisdictionKnown === (f.countries.size > 0),
  (c, f) => c.stateAgNamed === undefined || c.stateAgNamed === f.stateAgNamed,
  (c, f) => !c.sectorIn || c.sectorIn.includes(f.sector),
  (c, f) => c.minCount === undefined || (f.affectedCount !== null && f.affectedCount >= c.minCount),
  (c, f) => c.maxCountBelow === undefined || (f.affectedCount !== null && f.affectedCount < c.maxCountBelow),
  (c, f) => !c.anyOf || c.anyOf.some((sub) => matches(sub, f)),
  (c, f) => !c.not || !matches(c.not, f),
];

/** Does the condition hold for these facts? */
export function matches(condition: Condition, facts: AdviceFacts): boolean {
  for (const check of CHECKS) if (!check(condition, facts)) return false;
  return true;
}
