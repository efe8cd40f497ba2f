import type { AdviceLens, Audience, Priority } from "../domain/advice.js";
import type { Incident } from "../domain/incident.js";
import type { ReaderProfile } from "../domain/reader-profile.js";
import type { AdviceFacts } from "./advice.facts.js";
import type { Condition } from "./condition.js";
import type { PlaybookId } from "./playbooks/playbooks.table.js";

/** An incident patch applied over a neutral base incident, plus the reader's country and profile. */
export interface RuleExample {
  incident: Partial<Incident>;
  country?: string;
  profile?: ReaderProfile;
  now?: Date;
}

/**
 * One recommended-action rule: conditions → action text. Knowledge lives in these tables, not in code.
 * The engine emits the action when `when` and `requires` hold and `forbiddenWhen` does not;
 * a generic checker verifies `requires` / `forbiddenWhen` against every emitted action.
 */
export interface ActionRule {
  /** Stable id: "<audience>.<topic>" (becomes RecommendedAction.ruleId). */
  id: string;
  audience: Audience;
  priority: Priority;
  /** When the rule fires. */
  when: Condition;
  /** Facts the action's text relies on: must hold whenever it is emitted (e.g. payment_card exposed for card actions). */
  requires?: Condition;
  /** Facts that would make the action wrong: it must never be emitted when this holds. */
  forbiddenWhen?: Condition;
  text: (f: AdviceFacts) => string;
  reason: (f: AdviceFacts) => string;
  /** The reader it is written for; default: its audience's lens (DEFAULT_LENS). "victim" marks a victim-only duty. */
  lens?: AdviceLens | ((f: AdviceFacts) => AdviceLens);
  /** Playbooks it rests on: their advisories, ATT&CK techniques and indicators go on the action. */
  playbooks?: readonly PlaybookId[] | ((f: AdviceFacts) => readonly PlaybookId[]);
  /** A look-back: the action carries the exposure window to search. */
  window?: boolean;
  /** An incident that makes the rule fire and one that does not (rule-table tests iterate these). */
  examples: { fires: RuleExample; silent: RuleExample };
}
