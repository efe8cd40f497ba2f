import type { ActorRef, ActorRole } from "../domain/incident.js";
import { ATTRIBUTED_CUES, ATTRIBUTION_CUES, CLAIM_CUES } from "../knowledge/lexicon/event.lexicon.js";
import type { Sentence } from "./sentence.splitter.js";
import { cueRegex, lazy } from "./cue.compiler.js";
import { actorMatcher } from "./gazetteer.matcher.js";

/** Per-sentence facts the actor extractor needs. */
export interface ActorContext {
  mentionsVictim(sentence: number): boolean;
  mentionsOtherOrg(sentence: number): boolean;
}

const cues = lazy(() => ({ attribution: cueRegex(ATTRIBUTION_CUES), claim: cueRegex(CLAIM_CUES), attributed: cueRegex(ATTRIBUTED_CUES) }));
const RANK: Record<ActorRole, number> = { suspected: 0, claimed: 1, attributed: 2 };

function roleOf(folded: string): ActorRole {
  if (cues().attributed.test(folded)) return "attributed";
  if (cues().claim.test(folded)) return "claimed";
  return "suspected";
}

/**
 * Threat actors linked to THIS incident: named in a sentence about the victim, or in a sentence
 * that attributes an attack without naming another organisation.
 */
export function extractActors(sentences: Sentence[], ctx: ActorContext): { actors: ActorRef[]; evidence: string | null } {
  const found = new Map<string, ActorRole>();
  let evidence: string | null = null;
  for (const s of sentences) {
    const hits = actorMatcher().find(s.text, s.folded);
    if (!hits.length) continue;
    const victim = ctx.mentionsVictim(s.index) || s.isTitle;
    const linked = victim || (cues().attribution.test(s.folded) && !ctx.mentionsOtherOrg(s.index));
    if (!linked) continue;
    const role = roleOf(s.folded);
    for (const hit of hits) {
      const prev = found.get(hit.entry.name);
      if (prev === undefined || RANK[role] > RANK[prev]) found.set(hit.entry.name, role);
    }
    evidence ??= s.text;
  }
  return { actors: [...found].map(([name, role]) => ({ name, role })), evidence };
}
