import type { Evidence } from "../domain/evidence.js";
import type { CountResult } from "./count.extractor.js";
import type { EvidenceBuilder } from "./evidence.builder.js";

/**
 * One `affectedCount` evidence entry per figure the text gives for this incident (value and unit), each with its own
 * stance, so a victim's confirmed figure and an attacker's claim stay apart. Returns the scalar count: the extractor's
 * choice, except that an attacker's claim or a count of records/accounts gives way to a confirmed count of people.
 */
export function countEvidence(result: CountResult, builder: EvidenceBuilder): number | null {
  if (result.count === null || !result.chosen) return null;
  // One entry per figure; its unit is that of the best-scored mention that names one ("five million passengers" in the
  // headline, "records on five million passengers" in the body: one figure).
  const groups = new Map<number, { value: number; unit: NonNullable<Evidence["unit"]>; unitScore: number; best: number; sources: { sentence: number; at: number }[] }>();
  for (const c of [...result.candidates].sort((a, b) => b.score - a.score)) {
    const g = groups.get(c.value) ?? { value: c.value, unit: c.unit, unitScore: c.score, best: c.score, sources: [] };
    if (g.unit === "unknown" && c.unit !== "unknown") g.unit = c.unit;
    g.best = Math.max(g.best, c.score);
    g.sources.push({ sentence: c.sentence.index, at: c.start });
    groups.set(c.value, g);
  }
  const entries: { evidence: Evidence; best: number }[] = [];
  for (const g of groups.values()) {
    const evidence = builder.add("affectedCount", g.value, g.sources, "read", { unit: g.unit });
    if (evidence) entries.push({ evidence, best: g.best });
  }
  const chosen = entries.find((e) => e.evidence.value === result.count);
  const weak = !chosen || chosen.evidence.stance === "claimed" || chosen.evidence.unit === "records" || chosen.evidence.unit === "accounts";
  if (!weak) return result.count;
  const confirmedPeople = entries.filter((e) => e.evidence.stance === "confirmed" && e.evidence.unit === "people").sort((a, b) => b.best - a.best)[0];
  if (confirmedPeople) return confirmedPeople.evidence.value as number;
  // A third party's estimate of people affected beats an attacker's claim of records ("2.8 million records" claimed vs
  // "about 1.1 million people", reported): both stay in the evidence with their stance.
  const reportedPeople = entries.filter((e) => e.evidence.stance === "reported" && e.evidence.unit === "people" && e.best >= 1).sort((a, b) => b.best - a.best)[0];
  const claimedRecords = chosen?.evidence.stance === "claimed" && chosen.evidence.unit !== "people";
  return claimedRecords && reportedPeople ? (reportedPeople.evidence.value as number) : result.count;
}
