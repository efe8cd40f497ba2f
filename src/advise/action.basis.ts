import type { Stance } from "../domain/evidence.js";
import { weakestStance } from "../domain/fact-stance.js";
import type { AdviceFacts } from "./advice.facts.js";
import { matches, type Condition } from "./condition.js";

/**
 * The stances of the facts a rule's condition rests on, for these facts: the exposed classes it tests,
 * the vector, vendor, third-party flag, named actors and the count. Branches of `anyOf` count only when
 * they hold; `not` rests on no fact.
 */
function basisStances(c: Condition, f: AdviceFacts, out: Stance[]): void {
  for (const list of [c.exposedAny, c.exposedAffirmedAny]) if (list) for (const d of list) if (f.exposed.has(d)) out.push(f.stance("exposed", d));
  if (c.vectorIn && f.vector) out.push(f.stance("vector"));
  if ((c.vendorIn || c.vendorKindIn || c.vendorKnown || c.vendorProfiled) && f.vendorName) out.push(f.stance("vendor"));
  if (c.thirdParty !== undefined && f.thirdParty !== null) out.push(f.stance("thirdParty"));
  if (c.actorKindIn || c.actorKindAssertedIn || c.actorProfiled || c.actorsNamed) {
    const kinds = c.actorKindIn ?? c.actorKindAssertedIn;
    for (const a of f.actors) if (!kinds || (a.profile && kinds.includes(a.profile.kind))) out.push(a.stance);
  }
  if (c.minCount !== undefined && f.affectedCount !== null) out.push(f.stance("affectedCount"));
  if (c.anyOf) for (const sub of c.anyOf) if (matches(sub, f)) basisStances(sub, f, out);
}

/** The least certain fact an action with this condition rests on ("confirmed" when it rests on none). */
export function basisStance(when: Condition, f: AdviceFacts): Stance {
  const out: Stance[] = [];
  basisStances(when, f, out);
  return out.length === 0 ? "confirmed" : weakestStance(out);
}
