/**
 * Test incidents for the bot, written through the real store (applyIncidentWrite). All article
 * titles and texts are invented for these tests; outlet and company names are facts.
 */
import type { CountUnit, Stance } from "../../src/domain/evidence.js";
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

/** One value an article gives, with the sentence (of that article's text) that says it. */
interface Said { field: IncidentWrite["facts"][number]["field"]; value: unknown; stance: Stance; line: number; speaker?: string; unit?: CountUnit }

/** An article as the store keeps it: its text (one sentence per line) and facts quoting those lines. */
function report(lines: string[], said: Said[]): { sourceText: string; facts: IncidentWrite["facts"] } {
  const sourceText = lines.join("\n");
  const offset = (i: number) => lines.slice(0, i).reduce((n, l) => n + l.length + 1, 0);
  return {
    sourceText,
    facts: said.map((s) => ({
      field: s.field, value: s.value, stance: s.stance, speaker: s.speaker ?? null, unit: s.unit ?? null,
      quotes: [{ text: lines[s.line]!, start: offset(s.line), end: offset(s.line) + lines[s.line]!.length }],
    })),
  };
}

/** Reuters' first report: what Qantas itself said, and what people familiar with the matter said. */
const REUTERS_LINES = [
  "Airline says contact-centre system was accessed",
  "Qantas said a cyber criminal accessed a third-party platform used by one of its contact centres.",
  "The airline confirmed that names, email addresses, phone numbers, dates of birth and frequent flyer numbers of up to 5.7 million customers were taken.",
  "Passport details, credit card details and passwords were not held in the system, Qantas said.",
  "People familiar with the investigation said the platform was a Salesforce instance reached through a voice-phishing call.",
  "Security researchers have linked the intrusion to Scattered Spider.",
  "Qantas detected unusual activity on 30 June and has notified the Australian Information Commissioner.",
  "Home addresses of some frequent flyers were also stored on the platform, according to one person briefed on the matter.",
];
const REUTERS = report(REUTERS_LINES, [
  { field: "victims", value: "Qantas", stance: "confirmed", line: 1, speaker: "Qantas" },
  { field: "thirdParty", value: true, stance: "confirmed", line: 1, speaker: "Qantas" },
  ...(["name", "email", "phone", "date_of_birth", "loyalty_number"] as const).map((c): Said => ({ field: "exposed", value: c, stance: "confirmed", line: 2, speaker: "Qantas" })),
  ...(["passport", "payment_card", "password"] as const).map((c): Said => ({ field: "notExposed", value: c, stance: "denied", line: 3, speaker: "Qantas" })),
  { field: "affectedCount", value: 5_700_000, stance: "confirmed", line: 2, speaker: "Qantas", unit: "people" },
  { field: "vendor", value: "Salesforce", stance: "reported", line: 4 },
  { field: "vector", value: "vishing", stance: "reported", line: 4 },
  { field: "actors", value: { name: "Scattered Spider", role: "suspected" }, stance: "reported", line: 5 },
  { field: "detected", value: "2025-06-30", stance: "confirmed", line: 6, speaker: "Qantas" },
  { field: "disclosed", value: "2025-07-02", stance: "confirmed", line: 1, speaker: "Qantas" },
  { field: "regulators", value: "OAIC", stance: "confirmed", line: 6, speaker: "Qantas" },
]);

/** The Record, a week later: the attackers' own claim. */
const RECORD_LINES = [
  "Extortion crew claims airline data; count put at six million",
  "ShinyHunters claims on its leak site to hold 6 million records taken from the airline.",
  "The group has not published any of the data so far.",
];
const RECORD = report(RECORD_LINES, [
  { field: "affectedCount", value: 6_000_000, stance: "claimed", line: 1, speaker: "ShinyHunters", unit: "records" },
  { field: "actors", value: { name: "ShinyHunters", role: "claimed" }, stance: "claimed", line: 1, speaker: "ShinyHunters" },
]);

const QANTAS_V1: IncidentState = {
  ...BASE, id: "qantas-2025-06", title: "Qantas: call-centre platform breach exposes customer records",
  victims: ["Qantas"], sector: "airline", thirdParty: true, vendor: "Salesforce", vector: "vishing",
  exposed: ["name", "email", "phone", "date_of_birth", "loyalty_number"], notExposed: ["passport", "payment_card", "password"],
  affectedCount: 5_700_000, actors: [{ name: "Scattered Spider", role: "suspected" }],
  detectedAt: "2025-06-30", disclosedAt: "2025-07-02", regulators: ["OAIC"], status: "confirmed", severity: "high",
  stances: {
    "victims:qantas": "confirmed", sector: "inferred", thirdParty: "confirmed", vendor: "reported", vector: "reported", affectedCount: "confirmed",
    "exposed:name": "confirmed", "exposed:email": "confirmed", "exposed:phone": "confirmed", "exposed:date_of_birth": "confirmed", "exposed:loyalty_number": "confirmed",
    "notExposed:passport": "denied", "notExposed:payment_card": "denied", "notExposed:password": "denied",
    "actors:scattered spider": "reported", detected: "confirmed", disclosed: "confirmed", "regulators:oaic": "confirmed",
  },
  counts: [{ value: 5_700_000, unit: "people", stance: "confirmed", speaker: "Qantas", sources: ["https://news.example.test/qantas-first"] }],
};

/**
 * Qantas, reported twice: Reuters carries what Qantas confirmed (5.7M customers) and what sources
 * said (Salesforce, Scattered Spider); The Record a week later carries ShinyHunters' claim of 6M records.
 */
async function seedQantas(store: Store): Promise<void> {
  const first = source("qantas-first", "Reuters", "Airline says contact-centre system was accessed", "2025-07-02");
  await store.applyIncidentWrite({
    incident: QANTAS_V1, isNew: true, source: first, facts: REUTERS.facts, supersedes: [], sourceText: REUTERS.sourceText,
    changes: [{ kind: "new_incident", field: null, text: "First report: Qantas: call-centre platform breach exposes customer records, 5.7M affected (confirmed) (Reuters)" }], at: first.fetchedAt,
  });
  const second = source("qantas-update", "The Record", "Extortion crew claims airline data; count put at six million", "2025-07-09");
  const state: IncidentState = {
    ...QANTAS_V1,
    actors: [...QANTAS_V1.actors, { name: "ShinyHunters", role: "claimed" }],
    stances: { ...QANTAS_V1.stances, "actors:shinyhunters": "claimed" },
    counts: [{ value: 6_000_000, unit: "records", stance: "claimed", speaker: "ShinyHunters", sources: [second.url] }, ...QANTAS_V1.counts!],
  };
  await store.applyIncidentWrite({
    incident: state, isNew: false, source: second, facts: RECORD.facts, supersedes: [], sourceText: RECORD.sourceText,
    changes: [
      { kind: "field_set", field: "affectedCount", text: "Another figure: 6M records (ShinyHunters claims this, unverified)" },
      { kind: "actor_added", field: "actors", text: "Actor claims responsibility: ShinyHunters (ShinyHunters claims this, unverified)" },
    ],
    at: second.fetchedAt,
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
