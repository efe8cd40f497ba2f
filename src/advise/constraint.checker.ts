import type { Advice } from "../domain/advice.js";
import type { Incident } from "../domain/incident.js";
import type { ActionRule } from "./action-rule.js";
import { deriveFacts, type AdviseOptions } from "./advice.facts.js";
import { matches } from "./condition.js";
import { ACTION_RULES } from "./rules/index.js";

/** An emitted action that breaks its rule's declared constraints. */
export interface ConstraintViolation {
  ruleId: string;
  problem: "unknown_rule" | "requires_failed" | "forbidden_when_held";
}

/**
 * Generic check of advice against the rule table's declared `requires` / `forbiddenWhen`:
 * every action must come from a known rule whose constraints hold for the incident's facts.
 */
export function checkAdvice(incident: Incident, advice: Advice, options: AdviseOptions = {}, rules: readonly ActionRule[] = ACTION_RULES): ConstraintViolation[] {
  const f = deriveFacts(incident, options);
  const byId = new Map(rules.map((r) => [r.id, r]));
  const out: ConstraintViolation[] = [];
  for (const action of advice.actions) {
    const rule = byId.get(action.ruleId);
    if (!rule) out.push({ ruleId: action.ruleId, problem: "unknown_rule" });
    else if (rule.requires && !matches(rule.requires, f)) out.push({ ruleId: rule.id, problem: "requires_failed" });
    else if (rule.forbiddenWhen && matches(rule.forbiddenWhen, f)) out.push({ ruleId: rule.id, problem: "forbidden_when_held" });
  }
  return out;
}

/**
 * Rules whose `when` alone would fire against their own declared constraints for these facts:
 * a sloppy trigger the engine's gate is hiding. Used by the property test over generated incidents.
 */
export function looseTriggers(incident: Incident, options: AdviseOptions = {}, rules: readonly ActionRule[] = ACTION_RULES): string[] {
  const f = deriveFacts(incident, options);
  return rules
    .filter((r) => matches(r.when, f) && ((r.requires && !matches(r.requires, f)) || (r.forbiddenWhen && matches(r.forbiddenWhen, f))))
    .map((r) => r.id);
}
