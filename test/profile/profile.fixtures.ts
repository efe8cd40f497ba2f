import type { IncidentWrite } from "../../src/store/store.port.js";
import { makeWrite } from "../store/store-fixtures.js";

/** A new shared incident on a Salesforce instance (invented text), written at `at`. */
export function salesforceWrite(id: string, victim: string, at = new Date("2026-12-05T08:30:00Z"), vendor = "Salesforce"): IncidentWrite {
  return makeWrite({
    id, at,
    incident: { title: `${victim} customer records taken from its ${vendor} instance`, victims: [victim], vendor, sector: "airline", severity: "high" },
    source: { url: `https://news.example.test/${id}`, publishedAt: at, fetchedAt: at, contentHash: `h-${id}` },
    facts: [{ field: "vendor", value: vendor }, { field: "exposed", value: ["email", "phone"] }],
    changes: [{ kind: "new_incident", field: null, text: `New incident: ${victim}` }],
  });
}
