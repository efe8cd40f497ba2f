import { describe, expect, it } from "vitest";
import { advise } from "../../src/advise/index.js";
import { answerAbout } from "../../src/bot/index.js";
import { timelineLines } from "../../src/bot/handlers/timeline.handler.js";
import { evidenceView } from "../../src/bot/views/evidence.view.js";
import { incidentView } from "../../src/bot/views/incident.view.js";
import { incidentItem } from "../../src/bot/views/list.view.js";
import { fakeClock } from "../../src/clock.js";
import type { Incident } from "../../src/domain/incident.js";
import type { View } from "../../src/domain/view.js";
import { composeDigest } from "../../src/schedule/digest.compose.js";
import { seededRandom } from "../advise/incident.generator.js";
import { stanceProblems } from "./stance-claims.checker.js";
import { generateStancedCase, type StancedCase } from "./stanced.generator.js";

const CASES = 400;
const NOW = new Date("2026-12-04T09:00:00Z");
const QUESTIONS = [
  "was passport data taken?", "were email addresses taken?", "were dates of birth exposed?", "did the attackers get customer passwords?",
  "how many people were affected?", "who is behind it?", "which hacking group is responsible?", "which vendor or platform was involved?",
  "which regulators were notified?", "when was it detected?", "what data was taken?", "is it contained?",
];
const ADVICE_QUESTIONS = ["what should our call centre tell customers?", "what should the SOC do?"];

/** Every text a view shows as ours (quoted source sentences are the sources' words, attributed). */
function viewTexts(v: View): string[] {
  return v.sections.flatMap((s) => [s.heading ?? "", s.text ?? "", ...(s.facts ?? []).map((f) => `${f.label}: ${f.value}`), ...(s.badges ?? []).map((b) => b.label), ...(s.bullets ?? []), ...(s.items ?? []).map((i) => i.text ?? "")]);
}

/** Every way one generated incident could be stated as surer than its sources are. */
function problemsOf(c: StancedCase): string[] {
  const d = c.detail;
  const env = { advise: (i: Incident) => advise(i, { now: NOW }), clock: fakeClock(NOW) };
  const advice = advise(d, { now: NOW, country: c.country });
  const strict: string[] = [
    ...viewTexts(incidentView(d, advice)).filter((t) => !advice.actions.some((a) => t.includes(a.text))),
    incidentItem(d).text ?? "",
    ...viewTexts(evidenceView(d, null)),
    ...timelineLines(d),
    ...advice.severityReasons,
    ...advice.actions.map((a) => a.reason),
  ];
  const digest = composeDigest({ newIncidents: [d], changed: [], newTotal: 1, changedTotal: 0 }, { date: "2026-12-04", since: NOW, late: false, postWhenEmpty: true, campaignNames: new Map(), now: NOW })!;
  const digestLines = (digest.sections[0]!.items![0]!.text ?? "").split("\n");
  strict.push(...digestLines.filter((l) => !l.startsWith("→ ")));
  const assertive = [...advice.actions.map((a) => a.text), ...digestLines.filter((l) => l.startsWith("→ "))];
  for (const q of QUESTIONS) strict.push(...viewTexts(answerAbout(d, q, env, c.texts)).filter((t) => t !== "Evidence"));
  for (const q of ADVICE_QUESTIONS) assertive.push(...viewTexts(answerAbout(d, q, env, c.texts)));
  return [...strict.flatMap((t) => stanceProblems(d, t, "strict")), ...assertive.flatMap((t) => stanceProblems(d, t, "assertive"))];
}

describe("no view, answer or action states as confirmed a fact whose stance is reported, claimed or inferred", () => {
  it(`holds for ${CASES} generated incidents with random stances (seed 20251204)`, () => {
    const rnd = seededRandom(20251204);
    const failures: string[] = [];
    let checked = 0;
    const stances = new Set<string>();
    for (let n = 0; n < CASES; n++) {
      const c = generateStancedCase(rnd);
      for (const s of Object.values(c.detail.stances ?? {})) stances.add(s);
      checked++;
      const p = problemsOf(c);
      if (p.length > 0 && failures.length < 8) failures.push(`${JSON.stringify({ vendor: c.detail.vendor, vector: c.detail.vector, exposed: c.detail.exposed, stances: c.detail.stances })}\n  ${p.slice(0, 4).join("\n  ")}`);
    }
    expect(failures).toEqual([]);
    expect(checked).toBe(CASES);
    expect([...stances].sort()).toEqual(["claimed", "confirmed", "denied", "inferred", "reported"]);
  });

  it("the checker catches a view that drops the stance (it can fail)", () => {
    const c = generateStancedCase(seededRandom(3));
    const d = { ...c.detail, vendor: "Salesforce", stances: { ...c.detail.stances, vendor: "reported" as const } };
    expect(stanceProblems(d, "Vendor / platform: Salesforce")).toHaveLength(1);
    expect(stanceProblems(d, "Vendor / platform: Salesforce — confirmed by the company")).toHaveLength(2);
    expect(stanceProblems(d, "Vendor / platform: Salesforce — reported by Reuters, not confirmed by the company")).toEqual([]);
    expect(stanceProblems(d, "In Salesforce, review connected apps.", "assertive")).toEqual([]);
    expect(stanceProblems(d, "Data was taken through Salesforce.", "assertive")).toHaveLength(1);
  });
});
