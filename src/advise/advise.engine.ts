import { AUDIENCES, type AdviceLens, type Advice, type Audience, type ExposureWindow, type Priority, type RecommendedAction } from "../domain/advice.js";
import type { Incident } from "../domain/incident.js";
import { stancePhrase } from "../domain/stance-wording.js";
import type { ActionRule } from "./action-rule.js";
import { basisStance } from "./action.basis.js";
import { deriveFacts, type AdviceFacts, type AdviseOptions } from "./advice.facts.js";
import { matches } from "./condition.js";
import { exposureWindow } from "./playbooks/exposure.window.js";
import { refsOf, type PlaybookRefs } from "./playbooks/playbook.refs.js";
import type { PlaybookId } from "./playbooks/playbooks.table.js";
import type { Stance } from "../domain/evidence.js";
import { lensFor } from "./reader.lens.js";
import { ACTION_RULES } from "./rules/index.js";
import { severityOf } from "./severity.rules.js";

const PRIORITY_ORDER: Record<Priority, number> = { now: 0, soon: 1, later: 2 };
/** After this many days since disclosure, "now" actions become "soon" (only when options.now is given). */
export const STALE_AFTER_DAYS = 180;

/** The reader each audience's actions are written for unless a rule says otherwise. */
export const DEFAULT_LENS: Record<Audience, AdviceLens> = {
  security: "same_sector",
  saas_admin: "same_vendor",
  customer_service: "customers_of_victim",
  fraud: "customers_of_victim",
  customers: "customers_of_victim",
  third_party_risk: "same_vendor",
  regulatory: "victim",
};

/** Does the rule apply to these facts, its declared constraints included? */
export function ruleApplies(rule: ActionRule, f: AdviceFacts): boolean {
  if (!matches(rule.when, f)) return false;
  if (rule.requires && !matches(rule.requires, f)) return false;
  return !(rule.forbiddenWhen && matches(rule.forbiddenWhen, f));
}

/** The lens a rule is written for, before the reader's profile is applied. */
export const ruleLens = (rule: ActionRule, f: AdviceFacts): AdviceLens =>
  typeof rule.lens === "function" ? rule.lens(f) : rule.lens ?? DEFAULT_LENS[rule.audience];

/** The exposure window, computed once per advise() call and only when an action needs it. */
function windowOnce(f: AdviceFacts, memo: { window?: ExposureWindow | null }): ExposureWindow | null {
  if (memo.window === undefined) memo.window = exposureWindow(f);
  return memo.window && { ...memo.window };
}

/** The stance note an action's wording must carry, per stance (computed once). */
const NOTES: Record<Stance, string> = { confirmed: "", reported: stancePhrase("reported"), claimed: stancePhrase("claimed"), inferred: stancePhrase("inferred"), denied: "" };

function toAction(rule: ActionRule, f: AdviceFacts, memo: { window?: ExposureWindow | null }): RecommendedAction | null {
  const lens = lensFor(ruleLens(rule, f), f.reader);
  if (!lens) return null;
  const stale = f.ageDays !== null && f.ageDays > STALE_AFTER_DAYS;
  const stance = basisStance(rule.when, f);
  const text = rule.text(f);
  let reason = rule.reason(f);
  // An action resting on a reported or claimed fact says so in its reason, whatever its wording.
  const note = NOTES[stance];
  if (note !== "" && !reason.includes(note)) reason = `${reason} (${note})`;
  const refs = typeof rule.playbooks === "function" ? refsOf(rule.playbooks(f)) : staticRefs(rule);
  return {
    ruleId: rule.id,
    audience: rule.audience,
    priority: stale && rule.priority === "now" ? "soon" : rule.priority,
    text,
    reason,
    lens: lens.lens,
    lensAssumed: lens.assumed,
    stance,
    advisories: refs.advisories,
    techniques: refs.techniques,
    indicators: refs.indicators,
    window: rule.window ? windowOnce(f, memo) : null,
  };
}
const NONE: readonly PlaybookId[] = [];
const STATIC_REFS = new WeakMap<ActionRule, PlaybookRefs>();
/** A rule's fixed playbooks, merged once per rule. */
function staticRefs(rule: ActionRule): PlaybookRefs {
  let refs = STATIC_REFS.get(rule);
  if (!refs) STATIC_REFS.set(rule, (refs = refsOf((rule.playbooks as readonly PlaybookId[] | undefined) ?? NONE)));
  return refs;
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
  const memo: { window?: ExposureWindow | null } = {};
  for (const rule of rules) {
    if (!ruleApplies(rule, f)) continue;
    const action = toAction(rule, f, memo);
    if (action) actions.push(action);
  }
  // Stable sort keeps table order within a priority.
  actions.sort((a, b) => PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority]);
  const byAudience = emptyByAudience();
  for (const action of actions) byAudience[action.audience].push(action);
  return { severity, severityReasons: reasons, actions, byAudience };
}
