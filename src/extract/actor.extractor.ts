import type { ActorRef, ActorRole } from "../domain/incident.js";
import { ATTRIBUTED_CUES, ATTRIBUTION_CUES, CLAIM_CUES, SELF_REFERENCE } from "../knowledge/lexicon/event.lexicon.js";
import type { Sentence } from "./sentence.splitter.js";
import { cueRegex, lazy } from "./cue.compiler.js";
import { actorMatcher } from "./gazetteer.matcher.js";

/** Per-sentence facts the actor extractor needs. */
export interface ActorContext {
  mentionsVictim(sentence: number): boolean;
  mentionsOtherOrg(sentence: number): boolean;
  /** Offset of the first other organisation named in the sentence as an attack target (Infinity when none). */
  firstTargetAt(sentence: number): number;
}

const cues = lazy(() => ({ attribution: cueRegex(ATTRIBUTION_CUES), claim: cueRegex(CLAIM_CUES), attributed: cueRegex(ATTRIBUTED_CUES), self: cueRegex([SELF_REFERENCE]) }));
const RANK: Record<ActorRole, number> = { suspected: 0, claimed: 1, attributed: 2 };

/** "hacker group X", "ransomware gang X and Y": actors the gazetteer does not know yet. */
const GENERIC_ACTOR = /\b(?:(?:hacker|hacking|hacktivist|ransomware|extortion|cybercrime|cybercriminal|threat|criminal) (?:groups?|gangs?|crews?|collectives?|actors?|outfits?|operations?)|[Gg]ruppen?|[Gg]roupe|[Gg]ruppo|[Gg]rupo|[Cc]ollectif|[Cc]olectivo) (?:called |named |known as |dubbed |calling itself |using the (?:name|handle|alias) |de hackers? |di hacker |)?["\u201c\u201e]?((?:[A-Z0-9][\w$-]*)(?: [A-Z0-9][\w$-]*){0,2})["\u201d\u201c]?(?: (?:and|und|et|e|y) (?:die |the |les |i |los )?(?:[a-z\u00e0-\u00ff-]+ )?((?:[A-Z0-9][\w$-]*)(?: [A-Z0-9][\w$-]*){0,2}))?/g;
/** A bare "Gruppe"/"groupe" names an actor only near words about hackers or a political cause. */
const HACKER_NEAR = /hack|pirat|cyber|pro-|ukrain|russ|belarus|aktivist|activist|criminal|kriminell|ransom|estors|erpress|extors/i;
const NOT_ACTOR = /^(?:The|This|That|It|Its|In|On|Has|Have|Was|Is|Said|Says|Google|Microsoft|Mandiant|UNC)$/;

function genericActors(text: string): string[] {
  const out: string[] = [];
  GENERIC_ACTOR.lastIndex = 0;
  for (const m of text.matchAll(GENERIC_ACTOR)) {
    const bare = /^(?:gruppen?|groupe|gruppo|grupo|collectif|colectivo)\b/i.test(m[0]);
    if (bare && !HACKER_NEAR.test(text.slice(Math.max(0, (m.index ?? 0) - 40), (m.index ?? 0) + 20))) continue;
    for (const name of [m[1], m[2]]) if (name && !NOT_ACTOR.test(name.split(" ")[0] ?? "")) out.push(name);
  }
  return out;
}

function roleOf(folded: string): ActorRole {
  if (cues().attributed.test(folded)) return "attributed";
  if (cues().claim.test(folded)) return "claimed";
  return "suspected";
}

/**
 * Threat actors linked to THIS incident: named in a sentence about the victim, or in a sentence that attributes
 * an attack and names no other attacked organisation, or refers to this incident first ("the attack … like X").
 */
export function extractActors(sentences: Sentence[], ctx: ActorContext): { actors: ActorRef[]; evidence: string | null } {
  const found = new Map<string, ActorRole>();
  let evidence: string | null = null;
  for (const s of sentences) {
    const hits = actorMatcher().find(s.text, s.folded);
    const names = hits.map((h) => h.entry.name);
    if (!hits.length) names.push(...genericActors(s.text));
    if (!names.length) continue;
    const victim = ctx.mentionsVictim(s.index) || s.isTitle;
    const attributes = cues().attribution.test(s.folded);
    const self = cues().self.exec(s.folded);
    const target = ctx.firstTargetAt(s.index);
    const linked = victim || (attributes && (target === Infinity || (!!self && self.index < target)));
    if (!linked) continue;
    const role = roleOf(s.folded);
    for (const name of names) {
      const prev = found.get(name);
      if (prev === undefined || RANK[role] > RANK[prev]) found.set(name, role);
    }
    evidence ??= s.text;
  }
  return { actors: [...found].map(([name, role]) => ({ name, role })), evidence };
}
