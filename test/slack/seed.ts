/** Seeds incidents through the real store for Slack tests and the bench. Headlines are invented. */
import type { IncidentWrite, Store } from "../../src/store/store.port.js";

type State = IncidentWrite["incident"];

const EMPTY: Omit<State, "id" | "title" | "victims" | "sector"> = {
  victimGroup: null, thirdParty: null, vendor: null, vector: null, exposed: [], notExposed: [], affectedCount: null,
  actors: [], detectedAt: null, disclosedAt: null, regulators: [], status: "reported", severity: "medium", conflicts: [],
};

export const SEEDED: State[] = [
  {
    ...EMPTY, id: "westjet-2025-06", title: "WestJet: intrusion reaches passenger records", victims: ["WestJet"], sector: "airline",
    thirdParty: false, exposed: ["name", "passport", "email"], notExposed: ["payment_card"], affectedCount: 1_200_000,
    actors: [{ name: "Scattered Spider", role: "suspected" }], disclosedAt: "2025-06-13", status: "confirmed", severity: "high",
  },
  {
    ...EMPTY, id: "pandora-2025-08", title: "Pandora: customer contact data copied from CRM", victims: ["Pandora"], sector: "retail",
    thirdParty: true, vendor: "Salesforce", vector: "vishing", exposed: ["name", "email"], notExposed: ["password", "payment_card"],
    actors: [{ name: "ShinyHunters", role: "claimed" }], disclosedAt: "2025-08-05", severity: "medium",
  },
];

/** Writes each seeded incident with one invented source article. */
export async function seedIncidents(store: Store, extra = 0): Promise<void> {
  const states = [...SEEDED];
  for (let i = 0; i < extra; i++) states.push({ ...EMPTY, id: `shop-${i}-2025-07`, title: `Shop ${i}: loyalty database exposed`, victims: [`Shop ${i}`], sector: "retail" });
  let day = 1;
  for (const state of states) {
    const at = new Date(Date.UTC(2025, 6, day++, 9));
    await store.applyIncidentWrite({
      incident: state,
      isNew: true,
      source: { url: `https://news.example.test/${state.id}`, outlet: "Example Wire", title: `Report on ${state.victims[0]}`, publishedAt: at, language: "en", contentHash: `h-${state.id}`, fetchedAt: at },
      facts: [{ field: "victims", value: state.victims }, ...(state.exposed.length ? [{ field: "exposed" as const, value: state.exposed }] : [])],
      supersedes: [],
      changes: [{ kind: "new_incident", field: null, text: `New incident: ${state.victims.join(", ")}` }],
      at,
    });
  }
}
