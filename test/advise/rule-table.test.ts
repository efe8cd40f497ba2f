import { describe, expect, it } from "vitest";
import { ACTION_RULES, advise, checkAdvice, deriveFacts, matches, SEVERITY_RULES, type ActionRule } from "../../src/advise/index.js";
import { AUDIENCES, type RecommendedAction } from "../../src/domain/advice.js";
import { makeIncident } from "./incident.fixture.js";
import { claimProblems } from "./text-claims.checker.js";

const firedIds = (ex: ActionRule["examples"]["fires"]): string[] =>
  advise(makeIncident(ex.incident), { country: ex.country }).actions.map((a) => a.ruleId);

describe("action rule table", () => {
  it("has unique ids prefixed by their audience, and rules for every audience", () => {
    const ids = ACTION_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of ACTION_RULES) expect(r.id.startsWith(`${r.audience}.`)).toBe(true);
    for (const a of AUDIENCES) expect(ACTION_RULES.filter((r) => r.audience === a).length).toBeGreaterThanOrEqual(5);
  });

  describe.each(ACTION_RULES.map((r) => [r.id, r] as const))("%s", (_id, rule) => {
    it("fires on its example", () => {
      expect(firedIds(rule.examples.fires)).toContain(rule.id);
    });
    it("stays silent on its counter-example", () => {
      expect(firedIds(rule.examples.silent)).not.toContain(rule.id);
    });
    it("produces non-empty text and reason on its example", () => {
      const action = advise(makeIncident(rule.examples.fires.incident), { country: rule.examples.fires.country }).actions.find((a) => a.ruleId === rule.id);
      expect(action?.text.length).toBeGreaterThan(40);
      expect(action?.reason.length).toBeGreaterThan(3);
      expect(action?.audience).toBe(rule.audience);
    });
    it("never tells staff to verify callers with a code they read out (customers are told we never ask for one)", () => {
      const action = advise(makeIncident(rule.examples.fires.incident), { country: rule.examples.fires.country }).actions.find((a) => a.ruleId === rule.id);
      const text = action?.text ?? "";
      for (const clause of text.split(/[.;:]/)) {
        if (/one-time code|\bOTP\b|code read out|read out a code/i.test(clause)) expect(clause).toMatch(/\bnever\b/i);
      }
    });
  });
});

describe("severity rule table", () => {
  describe.each(SEVERITY_RULES.map((r) => [r.id, r] as const))("%s", (_id, rule) => {
    it("holds on its example and not on its counter-example", () => {
      expect(matches(rule.when, deriveFacts(makeIncident(rule.examples.fires)))).toBe(true);
      expect(matches(rule.when, deriveFacts(makeIncident(rule.examples.silent)))).toBe(false);
    });
  });
});

describe("the checkers catch a rule that contradicts the facts", () => {
  const badRule: ActionRule = {
    id: "customers.bad-card-reissue", audience: "customers", priority: "now", when: { exposedAny: ["email"] },
    requires: { exposedAny: ["payment_card"] },
    text: () => "Ask your card issuer to reissue your card; Salesforce says passport data is safe.",
    reason: () => "test",
    examples: { fires: { incident: {} }, silent: { incident: {} } },
  };
  const incident = makeIncident({ exposed: ["email"], notExposed: ["payment_card"] });
  const forcedAction = (): RecommendedAction => ({
    ruleId: badRule.id, audience: "customers", priority: "now", text: badRule.text(deriveFacts(incident)), reason: "test",
    lens: "customers_of_victim", lensAssumed: true, stance: "reported", advisories: [], techniques: [], indicators: [], window: null,
  });

  it("the engine gate refuses it, and the generic checker flags it when emitted anyway", () => {
    expect(advise(incident, {}, [badRule]).actions).toEqual([]);
    const forced = { ...advise(incident), actions: [forcedAction()] };
    expect(checkAdvice(incident, forced, {}, [badRule])).toEqual([{ ruleId: badRule.id, problem: "requires_failed" }]);
  });

  it("the text checker flags card, passport, 'safe' and vendor claims", () => {
    const problems = claimProblems(incident, null, forcedAction());
    expect(problems.join("\n")).toMatch(/payment_card/);
    expect(problems.join("\n")).toMatch(/passport/);
    expect(problems.join("\n")).toMatch(/safe/);
    expect(problems.join("\n")).toMatch(/salesforce/);
  });
});
