import { DATA_CLASSES, type DataClass } from "../../src/domain/data-class.js";
import { ACTOR_ROLES, ATTACK_VECTORS, SECTORS, type AttackVector, type Incident } from "../../src/domain/incident.js";
import { makeIncident } from "./incident.fixture.js";

/** mulberry32: a tiny seeded PRNG so generated cases are the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Vendor strings as extraction may store them, with the test's own id for each. */
export const VENDOR_CHOICES: readonly [string | null, string | null][] = [
  [null, null], [null, null], [null, null],
  ["Salesforce", "salesforce"], ["salesforce.com", "salesforce"], ["Salesloft Drift", "salesloft_drift"], ["Drift", "salesloft_drift"],
  ["Snowflake", "snowflake"], ["Zendesk", "zendesk"], ["ServiceNow", "servicenow"], ["Okta", "okta"], ["MOVEit", "moveit"],
  ["Cleo", "cleo"], ["GoAnywhere", "goanywhere"], ["SITA", "sita"], ["Amadeus", "amadeus"], ["HubSpot", "hubspot"],
  ["Gainsight", "gainsight"], ["Acme Loyalty Cloud", "acme"],
];
const ACTORS = ["ShinyHunters", "Scattered Spider", "UNC6040", "Cl0p", "Akira", "Unknown Crew", "Octo Tempest"];
const VICTIMS = ["Qantas", "Air France", "WestJet", "Marks & Spencer", "Example Co", "Adidas", "Allianz Life", "Singapore Airlines"];
const REGULATORS = ["CNIL", "ICO", "OAIC", "Maine AG", "OPC", "SEC", "PDPC", "law enforcement", "Autoriteit Persoonsgegevens"];
const COUNTS = [null, null, 12, 5_000, 250_000, 6_000_000];
export const COUNTRIES = [undefined, undefined, "GB", "US", "AU", "FR", "SG", "NZ", "CA"];

export interface GeneratedCase {
  incident: Incident;
  vendorId: string | null;
  country: string | undefined;
  now: Date | undefined;
}

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

function classes(rnd: () => number): { exposed: DataClass[]; notExposed: DataClass[] } {
  const exposed: DataClass[] = [];
  const notExposed: DataClass[] = [];
  for (const c of DATA_CLASSES) {
    const r = rnd();
    if (r < 0.22) exposed.push(c);
    else if (r < 0.4) notExposed.push(c);
    // Rarely, sources disagree and a class is in both lists.
    if (r < 0.01) notExposed.push(c);
  }
  return { exposed, notExposed };
}

/** One random incident with the reader's country and an optional "now". */
export function generateCase(rnd: () => number): GeneratedCase {
  const [vendor, vendorId] = pick(rnd, VENDOR_CHOICES);
  const actorCount = Math.floor(rnd() * 3);
  const incident = makeIncident({
    ...classes(rnd),
    victims: [pick(rnd, VICTIMS)],
    sector: pick(rnd, SECTORS),
    vendor,
    thirdParty: pick(rnd, [true, false, null] as const),
    vector: pick(rnd, [...ATTACK_VECTORS, null] as (AttackVector | null)[]),
    affectedCount: pick(rnd, COUNTS),
    actors: Array.from({ length: actorCount }, () => ({ name: pick(rnd, ACTORS), role: pick(rnd, ACTOR_ROLES) })),
    regulators: REGULATORS.filter(() => rnd() < 0.15),
    disclosedAt: pick(rnd, [null, "2025-07-02", "2024-05-30"]),
  });
  return { incident, vendorId, country: pick(rnd, COUNTRIES), now: rnd() < 0.5 ? new Date("2025-08-01T00:00:00Z") : undefined };
}

/**
 * Systematic cases: every data class in every state (exposed / not exposed / unstated)
 * crossed with every vector (and none) and third-party flag.
 */
export function* systematicCases(): Generator<GeneratedCase> {
  const vectors: (AttackVector | null)[] = [...ATTACK_VECTORS, null];
  for (const c of DATA_CLASSES) {
    for (const state of ["exposed", "notExposed", "unstated"] as const) {
      for (const vector of vectors) {
        for (const thirdParty of [true, null]) {
          const incident = makeIncident({
            exposed: state === "exposed" ? [c] : state === "unstated" ? ["email"].filter((x) => x !== c) as DataClass[] : ["name"],
            notExposed: state === "notExposed" ? [c] : [],
            vector,
            thirdParty,
            sector: "airline",
          });
          yield { incident, vendorId: null, country: undefined, now: undefined };
        }
      }
    }
  }
}
