/**
 * Test incidents for the bot, written through the real store (applyIncidentWrite). All article
 * titles and texts are invented for these tests; outlet and company names are facts.
 */
import type { IncidentWrite, SourceInput, Store } from "../../src/store/store.port.js";

type IncidentState = IncidentWrite["incident"];

const BASE: Omit<IncidentState, "id" | "title" | "victims" | "sector"> = {
  victimGroup: null, thirdParty: null, vendor: null, vector: null, exposed: [], notExposed: [],
  affectedCount: null, actors: [], detectedAt: null, disclosedAt: null, regulators: [],
  status: "reported", severity: "medium", conflicts: [],
};

function source(slug: string, outlet: string, title: string, day: string): SourceInput {
  return {
    url: `https://news.example.test/${slug}`, outlet, title, publishedAt: new Date(`${day}T08:00:00Z`),
    language: "en", contentHash: `hash-${slug}`, fetchedAt: new Date(`${day}T09:00:00Z`),
  };
}

/** Facts for every non-empty field of a state, as one source reported them. */
function factsOf(s: IncidentState, only?: (keyof IncidentState)[]): IncidentWrite["facts"] {
  const all: IncidentWrite["facts"] = [
    { field: "victims", value: s.victims },
    ...(s.vendor ? [{ field: "vendor" as const, value: s.vendor }] : []),
    ...(s.vector ? [{ field: "vector" as const, value: s.vector }] : []),
    ...(s.exposed.length ? [{ field: "exposed" as const, value: s.exposed }] : []),
    ...(s.notExposed.length ? [{ field: "notExposed" as const, value: s.notExposed }] : []),
    ...(s.affectedCount !== null ? [{ field: "affectedCount" as const, value: s.affectedCount }] : []),
    ...(s.actors.length ? [{ field: "actors" as const, value: s.actors }] : []),
    ...(s.detectedAt ? [{ field: "detected" as const, value: s.detectedAt }] : []),
    ...(s.disclosedAt ? [{ field: "disclosed" as const, value: s.disclosedAt }] : []),
    ...(s.regulators.length ? [{ field: "regulators" as const, value: s.regulators }] : []),
  ];
  const keyOf: Record<string, keyof IncidentState> = { detected: "detectedAt", disclosed: "disclosedAt" };
  return only ? all.filter((f) => only.includes(keyOf[f.field] ?? (f.field as keyof IncidentState))) : all;
}

async function create(store: Store, state: IncidentState, src: SourceInput): Promise<string> {
  const applied = await store.applyIncidentWrite({
    incident: state, isNew: true, source: src, facts: factsOf(state), supersedes: [],
    changes: [{ kind: "new_incident", field: null, text: `New incident: ${state.victims.join(", ")}` }], at: src.fetchedAt,
  });
  return applied.sourceId;
}

const QANTAS_V1: IncidentState = {
  ...BASE, id: "qantas-2025-06", title: "Qantas: call-centre platform breach exposes customer records",
  victims: ["Qantas"], sector: "airline", thirdParty: true, vendor: "Salesforce", vector: "vishing",
  exposed: ["name", "email", "phone", "date_of_birth", "loyalty_number"], notExposed: ["passport", "payment_card", "password"],
  affectedCount: 5_700_000, actors: [{ name: "Scattered Spider", role: "suspected" }],
  detectedAt: "2025-06-30", disclosedAt: "2025-07-02", regulators: ["OAIC"], status: "confirmed", severity: "high",
};

/** Qantas, reported twice: Reuters says 5.7M, The Record later says 6M and names ShinyHunters. */
async function seedQantas(store: Store): Promise<void> {
  const first = await create(store, QANTAS_V1, source("qantas-first", "Reuters", "Airline says contact-centre system was accessed", "2025-07-02"));
  const second = source("qantas-update", "The Record", "Extortion crew claims airline data; count put at six million", "2025-07-09");
  const secondId = `pending`;
  const state: IncidentState = {
    ...QANTAS_V1, affectedCount: 6_000_000,
    actors: [...QANTAS_V1.actors, { name: "ShinyHunters", role: "claimed" }],
    conflicts: [{ field: "affectedCount", values: [{ value: 6_000_000, sourceIds: [secondId] }, { value: 5_700_000, sourceIds: [first] }] }],
  };
  const applied = await store.applyIncidentWrite({
    incident: state, isNew: false, source: second,
    facts: [{ field: "affectedCount", value: 6_000_000 }, { field: "actors", value: [{ name: "ShinyHunters", role: "claimed" }] }],
    supersedes: [],
    changes: [
      { kind: "conflict", field: "affectedCount", text: "Sources differ on the count: 6M vs 5.7M" },
      { kind: "actor_added", field: "actors", text: "ShinyHunters claimed the theft" },
    ],
    at: second.fetchedAt,
  });
  // Now that the second source has an id, record the conflict with both ids.
  state.conflicts = [{ field: "affectedCount", values: [{ value: 6_000_000, sourceIds: [applied.sourceId] }, { value: 5_700_000, sourceIds: [first] }] }];
  await store.applyIncidentWrite({
    incident: state, isNew: false, source: { ...second, contentHash: "hash-qantas-update-2" },
    facts: [], supersedes: [], changes: [], at: second.fetchedAt,
  });
}

const OTHERS: { state: IncidentState; src: SourceInput }[] = [
  {
    state: { ...BASE, id: "air-france-klm-2025-08", title: "Air France and KLM customer contact data accessed", victims: ["Air France", "KLM"],
      victimGroup: "Air France-KLM", sector: "airline", thirdParty: true, vendor: "Salesforce", vector: "social_engineering",
      exposed: ["name", "email", "phone", "loyalty_number", "loyalty_tier"], notExposed: ["passport", "payment_card", "password"],
      actors: [{ name: "ShinyHunters", role: "suspected" }], disclosedAt: "2025-08-06", regulators: ["CNIL", "Autoriteit Persoonsgegevens"], severity: "medium" },
    src: source("afklm", "BleepingComputer", "Two European airlines report customer-service platform intrusion", "2025-08-06"),
  },
  {
    state: { ...BASE, id: "chanel-2025-07", title: "Chanel US client database accessed via vendor", victims: ["Chanel"], sector: "retail",
      thirdParty: true, vendor: "Salesforce", exposed: ["name", "email", "postal_address", "phone"], actors: [{ name: "ShinyHunters", role: "claimed" }],
      disclosedAt: "2025-08-01", regulators: [], severity: "medium" },
    src: source("chanel", "SecurityWeek", "Luxury house notifies US clients of database access", "2025-08-01"),
  },
  {
    state: { ...BASE, id: "westjet-2025-06", title: "WestJet cyberattack disrupts systems", victims: ["WestJet"], sector: "airline",
      exposed: ["name", "passport", "government_id"], affectedCount: 1_200_000, actors: [{ name: "Scattered Spider", role: "attributed" }],
      detectedAt: "2025-06-13", disclosedAt: "2025-06-14", status: "contained", severity: "critical" },
    src: source("westjet", "The Register", "Canadian airline investigates intrusion; travel documents involved", "2025-06-14"),
  },
];

/** Seeds all fixtures plus `extraAirlines` filler airline incidents and the Salesforce campaign. */
export async function seedBotFixtures(store: Store, extraAirlines = 0): Promise<void> {
  await seedQantas(store);
  for (const { state, src } of OTHERS) await create(store, state, src);
  for (let i = 1; i <= extraAirlines; i++) {
    const day = `2025-05-${String(i).padStart(2, "0")}`;
    await create(store, { ...BASE, id: `filler-air-${i}`, title: `Regional carrier ${i} reports loyalty account takeovers`, victims: [`Carrier ${i} Air`], sector: "airline", severity: "low" },
      source(`filler-${i}`, "Example Wire", `Carrier ${i} resets accounts`, day));
  }
  await store.upsertCampaign({
    id: "salesforce-2025", name: "Salesforce data theft 2025", vendor: "Salesforce", actor: "ShinyHunters", vector: "vishing",
    incidentIds: ["qantas-2025-06", "air-france-klm-2025-08", "chanel-2025-07"],
  });
}
