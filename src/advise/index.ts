/** Advisory engine: severity and recommended actions per audience, from rule tables. */
export { advise, ruleApplies, STALE_AFTER_DAYS } from "./advise.engine.js";
export { computeSeverity, severityOf, SEVERITY_RULES, type SeverityRule } from "./severity.rules.js";
export { ACTION_RULES } from "./rules/index.js";
export type { ActionRule, RuleExample } from "./action-rule.js";
export type { Condition } from "./condition.js";
export { matches } from "./condition.js";
export { deriveFacts, type AdviceFacts, type AdviseOptions } from "./advice.facts.js";
export { checkAdvice, looseTriggers, type ConstraintViolation } from "./constraint.checker.js";
export { VENDOR_PROFILES, vendorProfileOf, type VendorProfile, type VendorId } from "./vendor-profiles.table.js";
export { ACTOR_PROFILES, actorProfileOf, type ActorProfile } from "./actor-profiles.table.js";
