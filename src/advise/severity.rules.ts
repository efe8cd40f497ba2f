import type { DataClass } from "../domain/data-class.js";
import { severityRank, type Incident, type Severity } from "../domain/incident.js";
import { deriveFacts, type AdviceFacts } from "./advice.facts.js";
import { matches, type Condition } from "./condition.js";
import type { ActorKind } from "../knowledge/types.js";
import { claimedCountsPhrase, exposedOf, peopleCount, stancedClasses, stanceSuffix, statedSuffix } from "./phrases.js";

/** Classes whose exposure at scale is critical. */
const CRITICAL_CLASSES: readonly DataClass[] = ["passport", "government_id", "payment_card", "password"];
/** Classes that make any exposure high. */
const SENSITIVE: readonly DataClass[] = ["passport", "government_id", "payment_card", "financial", "password", "pin"];
/** Classes that count as identity data for the >1M rule. */
const IDENTITY: readonly DataClass[] = ["date_of_birth", "passport", "government_id", "postal_address"];

const EXTORTION: ActorKind[] = ["extortion_group", "ransomware"];

export const SCALE_THRESHOLD = 10_000;
export const HIGH_COUNT = 100_000;
export const MASS_COUNT = 1_000_000;
export const TINY_COUNT = 100;

/** One severity rule; the incident's severity is the highest level whose rule holds. */
export interface SeverityRule {
  id: string;
  level: Severity;
  when: Condition;
  reason: (f: AdviceFacts) => string;
  examples: { fires: Partial<Incident>; silent: Partial<Incident> };
}

export const SEVERITY_RULES: readonly SeverityRule[] = [
  // Critical needs a figure and classes a source states, never an attacker's claim alone.
  { id: "critical.sensitive-at-scale", level: "critical", when: { exposedAffirmedAny: CRITICAL_CLASSES, minCount: SCALE_THRESHOLD },
    reason: (f) => `${stancedClasses(f, exposedOf(f, CRITICAL_CLASSES))} exposed for ${peopleCount(f)}`,
    examples: { fires: { exposed: ["name", "passport"], affectedCount: 50_000 }, silent: { exposed: ["name", "passport"], affectedCount: 500 } } },
  { id: "critical.identity-over-1m", level: "critical", when: { exposedAffirmedAny: IDENTITY, minCount: MASS_COUNT + 1 },
    reason: (f) => `identity data (${stancedClasses(f, exposedOf(f, IDENTITY))}) exposed for ${peopleCount(f)} (over 1 million)`,
    examples: { fires: { exposed: ["name", "date_of_birth"], affectedCount: 6_000_000 }, silent: { exposed: ["name", "email"], affectedCount: 6_000_000 } } },
  { id: "high.count", level: "high", when: { minCount: HIGH_COUNT + 1 },
    reason: (f) => `${peopleCount(f)} affected (over 100,000)`,
    examples: { fires: { exposed: ["email"], affectedCount: 250_000 }, silent: { exposed: ["email"], affectedCount: 50_000 } } },
  { id: "high.sensitive-classes", level: "high", when: { exposedAny: SENSITIVE },
    reason: (f) => `sensitive data exposed: ${stancedClasses(f, exposedOf(f, SENSITIVE))}`,
    examples: { fires: { exposed: ["name", "financial"] }, silent: { exposed: ["name", "email"] } } },
  { id: "high.extortion-actor", level: "high", when: { actorKindAssertedIn: EXTORTION },
    reason: (f) => `linked to an active extortion group: ${f.actors.filter((a) => a.role !== "suspected" && a.profile && EXTORTION.includes(a.profile.kind)).map((a) => `${a.profile!.name} (${a.role})${stanceSuffix(a.stance)}`).join(", ")}`,
    examples: { fires: { actors: [{ name: "ShinyHunters", role: "claimed" }] }, silent: { actors: [{ name: "ShinyHunters", role: "suspected" }] } } },
  { id: "high.ransomware", level: "high", when: { vectorIn: ["ransomware"] },
    reason: (f) => `ransomware attack (data theft and disruption)${statedSuffix(f, ["vector"])}`,
    examples: { fires: { vector: "ransomware" }, silent: { vector: "phishing" } } },
  { id: "medium.personal-data", level: "medium", when: { exposedEmpty: false, not: { maxCountBelow: TINY_COUNT } },
    reason: (f) => `personal data exposed: ${stancedClasses(f, f.exposed)}`,
    examples: { fires: { exposed: ["name", "email"] }, silent: { exposed: ["name", "email"], affectedCount: 12 } } },
  { id: "low.no-data-stated", level: "low", when: { exposedEmpty: true },
    reason: () => "no exposed data classes stated yet",
    examples: { fires: { exposed: [] }, silent: { exposed: ["email"] } } },
  { id: "low.tiny", level: "low", when: { maxCountBelow: TINY_COUNT },
    reason: (f) => `only ${peopleCount(f)} affected`,
    examples: { fires: { exposed: ["email"], affectedCount: 12 }, silent: { exposed: ["email"], affectedCount: 5_000 } } },
];

/** Severity from facts already derived (used by advise()). */
export function severityOf(f: AdviceFacts): { severity: Severity; reasons: string[] } {
  let best: Severity = "low";
  const fired: { level: Severity; reason: string }[] = [];
  for (const rule of SEVERITY_RULES) {
    if (!matches(rule.when, f)) continue;
    fired.push({ level: rule.level, reason: rule.reason(f) });
    if (severityRank(rule.level) > severityRank(best)) best = rule.level;
  }
  const reasons = fired.filter((r) => r.level === best).map((r) => r.reason);
  const claims = claimedCountsPhrase(f);
  if (reasons.length === 0) reasons.push("no severity rule matched; nothing stated beyond the report");
  return { severity: best, reasons: claims ? [...reasons, claims] : reasons };
}

/** Severity of an incident with the reasons that decided it (highest level's reasons only). */
export function computeSeverity(incident: Incident): { severity: Severity; reasons: string[] } {
  return severityOf(deriveFacts(incident));
}
