import type { Stance } from "../domain/evidence.js";
import { weakestStance } from "../domain/fact-stance.js";
import type { AdviceFacts } from "./advice.facts.js";
import { matches, type Condition } from "./condition.js";

type Collect = (f: AdviceFacts, out: Stance[]) => void;

/**
 * The stances of the facts a condition rests on: the exposed classes it tests, the vector, vendor, third-party
 * flag, named actors, the count, and extortion claims (always "claimed"). Branches of `anyOf` count only when
 * they hold; `not` rests on no fact. Compiled once per condition (the rule tables are static).
 */
function compile(c: Condition): Collect[] {
  const steps: Collect[] = [];
  for (const list of [c.exposedAny, c.exposedAffirmedAny]) {
    if (list) steps.push((f, out) => { for (const d of list) if (f.exposed.has(d)) out.push(f.stance("exposed", d)); });
  }
  if (c.vectorIn) steps.push((f, out) => { if (f.vector) out.push(f.stance("vector")); });
  if (c.vendorIn || c.vendorKindIn || c.vendorKnown || c.vendorProfiled) steps.push((f, out) => { if (f.vendorName) out.push(f.stance("vendor")); });
  if (c.thirdParty !== undefined) steps.push((f, out) => { if (f.thirdParty !== null) out.push(f.stance("thirdParty")); });
  if (c.actorKindIn || c.actorKindAssertedIn || c.actorProfiled || c.actorsNamed) {
    const kinds = c.actorKindIn ?? c.actorKindAssertedIn;
    steps.push((f, out) => { for (const a of f.actors) if (!kinds || (a.profile && kinds.includes(a.profile.kind))) out.push(a.stance); });
  }
  // Extortion steps are the attackers' claims until the victim confirms them.
  if (c.extortionClaimed || c.ransomDemanded || c.publicationThreatened) steps.push((_f, out) => { out.push("claimed"); });
  if (c.minCount !== undefined) steps.push((f, out) => { if (f.affectedCount !== null) out.push(f.stance("affectedCount")); });
  if (c.anyOf) {
    const subs = c.anyOf;
    steps.push((f, out) => { for (const sub of subs) if (matches(sub, f)) for (const step of stepsOf(sub)) step(f, out); });
  }
  return steps;
}

const COMPILED = new WeakMap<Condition, Collect[]>();
function stepsOf(c: Condition): Collect[] {
  let steps = COMPILED.get(c);
  if (!steps) COMPILED.set(c, (steps = compile(c)));
  return steps;
}

/** The least certain fact an action with this condition rests on ("confirmed" when it rests on none). */
export function basisStance(when: Condition, f: AdviceFacts): Stance {
  const steps = stepsOf(when);
  if (steps.length === 0) return "confirmed";
  const out: Stance[] = [];
  for (const step of steps) step(f, out);
  return out.length === 0 ? "confirmed" : out.length === 1 ? out[0]! : weakestStance(out);
}
