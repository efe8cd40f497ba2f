import { AUDIENCES, type Advice, type Audience, type Priority, type RecommendedAction } from "../domain/advice.js";
import type { Incident } from "../domain/incident.js";
import type { ActionRule } from "./action-rule.js";
import { deriveFacts, type AdviceFacts, type AdviseOptions } from "./advice.facts.js";
import { matches } from "./condition.js";
import { ACTION_RULES } from "./rules/index.js";
import { severityOf } from "./severity.rules.js";

const PRIORITY_ORDER: Record<Priority, number> = { now: 0, soon: 1, later: 2 };
/** After this many days since disclosure, "now" actions become "soon" (only when options.now is given). */
export const STALE_AFTER_DAYS = 180;

/** Does the rule apply to these facts, its declared constraints included? */
export function ruleApplies(rule: ActionRule, f: AdviceFacts): boolean {
  if (!matches(rule.when, f)) return false;
  if (rule.requires && !matches(rule.requires, f)) return false;
  return !(rule.forbiddenWhen && matches(rule.forbiddenWhen, f));
}

function toAction(rule: ActionRule, f: AdviceFacts): RecommendedAction {
  const stale = f.ageDays !== null && f.ageDays > STALE_AFTER_DAYS;
  return {
    ruleId: rule.id,
    audience: rule.audience,
    priority: stale && rule.priority === "now" ? "soon" : rule.priority,
    text: rule.text(f),
    reason: rule.reason(f),
  };
}

function emptyByAudience(): Record<Audience, RecommendedAction[]> {
  const out = {} as Record<Audience, RecommendedAction[]>;
  for (const a of AUDIENCES) out[a] = [];
  return out;
}

/**
 * Severity and recommended actions for an incident, per audience. Deterministic and pure:
 * the same incident and options always give the same advice.
 */
export function advise(incident: Incident, options: AdviseOptions = {}, rules: readonly ActionRule[] = ACTION_RULES): Advice {
  const f = deriveFacts(incident, options);
  const { severity, reasons } = severityOf(f);
  const actions: RecommendedAction[] = [];
  for (const rule of rules) if (ruleApplies(rule, f)) actions.push(toAction(rule, f));
  // Stable sort keeps table order within a priority.
  actions.sort((a, b) => PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority]);
  const byAudience = emptyByAudience();
  for (const action of actions) byAudience[action.audience].push(action);
  return { severity, severityReasons: reasons, actions, byAudience };
}
