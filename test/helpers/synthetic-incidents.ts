/**
 * Deterministic synthetic incidents for export tests and benches: varied victims, vendors, actors
 * (distinct clusters and unknown names among them), data classes exposed and not, counts, dates,
 * regulators and sources, with untrusted-looking titles (quotes, markup, mentions, non-Latin text).
 * Each write carries facts shaped as the ingest pipeline writes them (factsOf: one fact per field).
 */
import { DATA_CLASSES, type DataClass } from "../../src/domain/data-class.js";
import { ACTOR_ROLES, ATTACK_VECTORS, SECTORS, SEVERITIES, INCIDENT_STATUSES, type ActorRef, type FactField } from "../../src/domain/incident.js";
import type { IncidentWrite } from "../../src/store/store.port.js";

const VENDORS = ["Salesforce", "Snowflake", "Zendesk", "Salesloft Drift", "Amadeus", "Oracle", null, null];
const ACTORS = ["ShinyHunters", "UNC6040", "Scattered Spider", "Scattered Lapsus$ Hunters", "UNC6395", "Clop", "LockBit", "Nameless Crew"];
const WORDS = ["Nordic", "Pacific", "Atlas", "Blue", "Crown", "Metro", "Alpine", "Coral", "Vista", "Polar", "Zürich", "Société"];
const KINDS = { airline: ["Air", "Airways", "Jet"], retail: ["Stores", "Fashion", "Outlet"], other: ["Bank", "Telecom", "Insurance"] };
const OUTLETS = ["The Record", "SecurityWeek", "Le Monde Informatique", null];
const TITLE_NOISE = ["", ' "quoted"', " <b>bold</b> & more", " @channel alert", " — 顧客データ", " =HYPERLINK(\"x\")"];
const REGULATORS = ["ICO", "CNIL", "OAIC", "FBI", "Maine AG"];

/** Deterministic pseudo-random numbers, so every run writes the same data. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

export function syntheticWrite(i: number, rnd: () => number, base = new Date("2025-01-01T00:00:00Z")): IncidentWrite {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const sector = SECTORS[i % 3]!;
  const name = `${pick(WORDS)} ${pick(KINDS[sector])} ${i}`;
  const victims = rnd() < 0.15 ? [name, `${name} Holdings`] : [name];
  const at = new Date(base.getTime() + i * 60_000);
  const actors: ActorRef[] = [];
  for (const n of [pick(ACTORS), pick(ACTORS)].slice(0, Math.floor(rnd() * 3))) if (!actors.some((a) => a.name === n)) actors.push({ name: n, role: pick(ACTOR_ROLES) });
  const exposed = [...new Set<DataClass>([pick(DATA_CLASSES), pick(DATA_CLASSES), "email"])];
  const notExposed = [...new Set<DataClass>([pick(DATA_CLASSES), "payment_card"])].filter((c) => !exposed.includes(c));
  const vendor = pick(VENDORS);
  const count = rnd() < 0.7 ? Math.floor(rnd() * 9_000_000) : null;
  const disclosed = at.toISOString().slice(0, 10);
  const detected = rnd() < 0.5 ? new Date(at.getTime() - 5 * 86_400_000).toISOString().slice(0, 10) : null;
  const regulators = rnd() < 0.5 ? [pick(REGULATORS)] : [];
  const vector = rnd() < 0.6 ? pick(ATTACK_VECTORS) : null;
  const id = `synthetic-${i}`;
  const title = `${name} customer data stolen${pick(TITLE_NOISE)}`;
  const values: [FactField, unknown][] = [
    ["victims", victims], ["sector", sector], ["vendor", vendor], ["vector", vector], ["exposed", exposed],
    ["notExposed", notExposed.length ? notExposed : null], ["affectedCount", count], ["actors", actors.length ? actors : null],
    ["detected", detected], ["disclosed", disclosed], ["regulators", regulators.length ? regulators : null],
  ];
  return {
    incident: {
      id, title, victims, victimGroup: victims.length > 1 ? `${name} Group` : null, sector, thirdParty: vendor ? true : null,
      vendor, vector, exposed, notExposed, affectedCount: count, actors, detectedAt: detected, disclosedAt: disclosed, regulators,
      status: pick(INCIDENT_STATUSES), severity: pick(SEVERITIES), conflicts: [],
    },
    isNew: true, at, supersedes: [],
    source: {
      url: `https://news.example.test/${sector}/${i}?ref=${i % 7}`, outlet: pick(OUTLETS), title: `${title}${pick(TITLE_NOISE)}`,
      publishedAt: rnd() < 0.85 ? at : null, language: pick(["en", "fr", "de"]), contentHash: `h${i}`, fetchedAt: at,
    },
    facts: values.filter(([, v]) => v !== null).map(([field, value]) => ({ field, value })),
    changes: [{ kind: "new_incident", field: null, text: `New incident: ${name}` }],
  };
}

export function syntheticWrites(count: number, seed = 7): IncidentWrite[] {
  const rnd = prng(seed);
  return Array.from({ length: count }, (_, i) => syntheticWrite(i, rnd));
}
