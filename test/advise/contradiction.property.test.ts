import { describe, expect, it } from "vitest";
import { ACTION_RULES, advise, checkAdvice, looseTriggers } from "../../src/advise/index.js";
import { claimProblems } from "./text-claims.checker.js";
import { generateCase, seededRandom, systematicCases, type GeneratedCase } from "./incident.generator.js";

const RANDOM_CASES = 3000;
const rulesById = new Map(ACTION_RULES.map((r) => [r.id, r]));

/** Every way an action can contradict the facts, for one generated case. */
function problemsOf(c: GeneratedCase): string[] {
  const options = { country: c.country, now: c.now };
  const advice = advise(c.incident, options);
  const out: string[] = [];
  for (const v of checkAdvice(c.incident, advice, options)) out.push(`${v.ruleId}: ${v.problem}`);
  for (const id of looseTriggers(c.incident, options)) out.push(`${id}: 'when' fires outside its declared constraints`);
  for (const action of advice.actions) {
    for (const p of claimProblems(c.incident, c.vendorId, action)) out.push(`${action.ruleId}: ${p}`);
    const vendorIn = rulesById.get(action.ruleId)?.when.vendorIn;
    if (vendorIn && !vendorIn.includes(c.vendorId as never)) out.push(`${action.ruleId}: vendor-specific action for vendor ${c.vendorId}`);
  }
  return out;
}

function firstFailures(cases: Iterable<GeneratedCase>): { checked: number; actions: number; failures: string[] } {
  const failures: string[] = [];
  let checked = 0;
  let actions = 0;
  for (const c of cases) {
    checked++;
    actions += advise(c.incident, { country: c.country, now: c.now }).actions.length;
    const p = problemsOf(c);
    if (p.length > 0 && failures.length < 10) failures.push(`${JSON.stringify({ exposed: c.incident.exposed, notExposed: c.incident.notExposed, vector: c.incident.vector, vendor: c.incident.vendor })} → ${p.join(" | ")}`);
  }
  return { checked, actions, failures };
}

describe("no action contradicts the facts", () => {
  it(`holds for ${RANDOM_CASES} random incidents (seed 20250701)`, () => {
    const rnd = seededRandom(20250701);
    const result = firstFailures(Array.from({ length: RANDOM_CASES }, () => generateCase(rnd)));
    expect(result.failures).toEqual([]);
    expect(result.checked).toBe(RANDOM_CASES);
    expect(result.actions).toBeGreaterThan(RANDOM_CASES * 5);
  });

  it("holds for every class × state × vector × third-party combination", () => {
    const result = firstFailures(systematicCases());
    expect(result.failures).toEqual([]);
    expect(result.checked).toBe(21 * 3 * 11 * 2);
  });

  it("is deterministic", () => {
    const rnd = seededRandom(7);
    for (let i = 0; i < 200; i++) {
      const c = generateCase(rnd);
      expect(advise(c.incident, { country: c.country, now: c.now })).toEqual(advise(structuredClone(c.incident), { country: c.country, now: c.now }));
    }
  });

  it("every generated rule fires somewhere in the random set (the generator covers the table)", () => {
    const rnd = seededRandom(20250701);
    const seen = new Set<string>();
    for (let i = 0; i < RANDOM_CASES; i++) {
      const c = generateCase(rnd);
      for (const a of advise(c.incident, { country: c.country, now: c.now }).actions) seen.add(a.ruleId);
    }
    const never = ACTION_RULES.map((r) => r.id).filter((id) => !seen.has(id));
    expect(never).toEqual([]);
  });
});
