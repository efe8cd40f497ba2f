import {
  ATTACKER_REFERENCES, AUTHORITY_DOCUMENTS, AUTHORITY_REFERENCES, CLAIM_CUES, CLAIM_VERBS, HEDGE_CUES, LINK_VERBS, NEGATED_SPEECH_BEFORE, OWN_ACCOUNT_VERBS, PUBLISH_VERBS, SOURCE_PREPOSITIONS, SPEECH_VERBS,
  THIRD_PARTY_REFERENCES, VICTIM_DOCUMENTS, VICTIM_REFERENCES,
} from "../knowledge/lexicon/stance.lexicon.js";
import type { Sentence } from "./sentence.splitter.js";
import { cueRegex, lazy } from "./cue.compiler.js";
import { actorMatcher, regulatorMatcher, vendorMatcher } from "./gazetteer.matcher.js";
import { MONTHS, WEEKDAYS } from "../knowledge/lexicon/date.lexicon.js";
import { fold } from "./text.normalizer.js";

/**
 * Who is speaking: the victim, an authority, the vendor whose platform was breached (a party to the incident speaking of
 * its own systems), the attacker, someone else (press, researchers, other firms), or hearsay with no speaker.
 */
export type SpeakerKind = "victim" | "authority" | "vendor" | "attacker" | "third" | "hearsay";

/** Something in a sentence that names a possible speaker. */
export interface Entity {
  start: number;
  end: number;
  kind: Exclude<SpeakerKind, "hearsay">;
  /** The proper name when there is one (victim's canonical name, actor, regulator, other organisation); null for "the hackers", "researchers". */
  name: string | null;
  /** "it", "they", "il": stands for someone named earlier. */
  pronoun: boolean;
  /** Named by kind ("the company", "the hackers"), not by name. */
  ref: boolean;
}

/** One act of saying in a sentence: its place, who makes it, and whether it is a claim. */
export interface SpeechAct {
  start: number;
  end: number;
  kind: SpeakerKind;
  speaker: string | null;
  /** The entity that speaks, when known (lets an actor be recognised as the speaker of its own claim). */
  entity: Entity | null;
  /** Nothing it says follows it ("…, Qantas said in a statement."): it speaks for what comes before it. */
  trailing?: boolean;
}

/** What the speech-act finder needs to know about the article. */
export interface SpeechContext {
  /** Organisations named in a sentence (gazetteer or generic), marked when they are the victim. */
  orgsIn(sentence: number): { start: number; end: number; name: string; victim: boolean }[];
  /** The main victim's name (who "the company" or "a spokeswoman" speaks for). */
  victim: string | null;
  /** Actor names this article's extraction found (also those the gazetteer does not know). */
  actorNames: string[];
  /** The vendor this extraction names as the breached platform, if any. */
  vendor?: string | null;
}

const PRONOUNS = /^(?:it|they|we|our|il|elle|es|man)$/;
/** A bare "the group" may be the attacker's group or the victim's: it stands for the party named before it, like a pronoun. */
const AMBIGUOUS_REFS = /^(?:the group|il gruppo|le groupe|el grupo|die gruppe)$/;
/** Words that open a sentence without naming anyone ("In", "Am", "Selon", "Yesterday"). */
const OPENER_WORDS = /^(?:[a-z]{1,3}|the|this|that|these|those|however|according|after|before|when|while|earlier|later|last|yesterday|today|meanwhile|also|some|several|many|most|both|nach|bei|seit|laut|dann|damals|doch|auch|zudem|dans|pour|selon|depuis|apres|avant|hier|aujourd'hui|nella|dopo|secondo|intanto|ieri|oggi|segun|tras|desde|para|ayer|hoy|une|una|uno|eine|einer|einem)$/;

/** Which name wins where two overlap: a known actor or authority over a capitalised name read as an organisation. */
const KIND_RANK: Record<Entity["kind"], number> = { attacker: 0, authority: 1, victim: 2, vendor: 3, third: 4 };
/** Among words, a third party's description beats the victim's generic one it overlaps ("the incident response firm", "the security company"). */
const REF_RANK: Record<Entity["kind"], number> = { attacker: 0, authority: 1, third: 2, vendor: 3, victim: 4 };
const FIRST_PERSON = /^(?:we|our)$/;
/** Between an inverted verb and its subject: an article, and a group noun before a group's name ("lo reivindicó el grupo Rhysida"). */
const INVERTED_SUBJECT = /^\s*(?:(?:der|die|das|le|la|les|l'|il|lo|el|the)\s*)?(?:(?:grupo|groupe|gruppo|group|gruppe|gang|banda|bande)(?: (?:de |di )?(?:ransomware|hackers?|pirates|piratas|pirati|criminal\w*|cybercriminal\w*))?\s+)?$/;
/** Auxiliaries and adverbs right before a verb of saying. */
const AUX_TAIL = /(?<![a-z'])(?:(?:has|have|had|is|are|was|were|will|would|also|then|later|since|now|previously|first|initially|itself|already|publicly|ont|avait|avaient|hat|hatte|haben|ha|hanno|han|habia)\s+)+$/;
/** A place where data is published (forum, dark web), as opposed to a group's own leak site. */
const FORUM = /forum|foro|dark ?web|darknet/;
/** Right before it: a publishing participle and its preposition ("posted for free on a", "publiees sur un", "veroffentlicht in einem"). */
const PUBLISHED_ON = /(?:posted|published|dumped|leaked|shared|released|uploaded|made available|publie\w*|diffuse\w*|publicad\w*|filtrad\w*|pubblicat\w*|diffus\w*|veroffentlicht)(?: (?:for free|free of charge|online|publicly|gratuitement|gratis|kostenlos|gratuitamente))? (?:on|to|in|onto|sur|en|su|auf)(?: (?:a|an|the|one|un|une|le|la|el|il|uno|einem|einer|dem))?(?: [a-z-]+)? $/;
/** Data offered for sale. */
const FOR_SALE = /(?<![a-z])(?:for sale|selling|sold|sells?|price|asking|auction\w*|en vente|vend\w*|a la venta|in vendita|zum verkauf|verkauf\w*|verkauft)(?![a-z])/;
/** A capitalised name opening a sentence, then a relative clause or an apposition. */
const OPENING_NAME = /^(\p{Lu}[\p{L}\d&.'-]*(?: \p{Lu}[\p{L}\d&.'-]*){0,3}), (?:which|who|the|an?|qui|che|que|die|der|das|une?|la|le|el|il)\s/u;
/** A capitalised name that is all there is before a point ("Mandiant" in "Mandiant, the incident response firm …, said"). */
const LEADING_NAME = /^["'\u201c]?\p{Lu}[\p{L}\d&.'-]*(?: \p{Lu}[\p{L}\d&.'-]*){0,3}\s*$/u;
/** An apposition closing right before a verb: ", the hotel arm of Y," / ", filiale de Y," / ", a unit of Y,". */
const APPOSITION = /,\s+(?:the|a|an|its|le|la|l'|les|un|une|der|die|das|eine?|il|lo|el|los|las|una?|filiale|subsidiary|unit|parent|owner|operator|tochter\w*|sussidiaria|controllata)\b[^,;()]{0,80},\s*$/;

const compiled = lazy(() => ({
  speech: cueRegex(SPEECH_VERBS, true),
  claimVerb: new RegExp(`^(?:${CLAIM_VERBS.join("|")})$`),
  link: new RegExp(`^(?:${LINK_VERBS.join("|")})$`),
  publish: new RegExp(`^(?:${PUBLISH_VERBS.join("|")})$`),
  source: cueRegex(SOURCE_PREPOSITIONS, true),
  documents: cueRegex(VICTIM_DOCUMENTS, true),
  authorityDocuments: cueRegex(AUTHORITY_DOCUMENTS, true),
  ownAccount: cueRegex(OWN_ACCOUNT_VERBS, true),
  hedge: cueRegex(HEDGE_CUES, true),
  claim: cueRegex(CLAIM_CUES, true),
  refs: [
    { kind: "attacker" as const, re: cueRegex(ATTACKER_REFERENCES, true) },
    { kind: "authority" as const, re: cueRegex(AUTHORITY_REFERENCES, true) },
    { kind: "third" as const, re: cueRegex(THIRD_PARTY_REFERENCES, true) },
    { kind: "victim" as const, re: cueRegex(VICTIM_REFERENCES, true) },
  ],
  negated: new RegExp(`(?<![a-z])(?:${NEGATED_SPEECH_BEFORE.join("|")})(?: [a-z]+)?\\s+(?:yet\\s+)?$`),
  determiner: /(?<![a-z])(?:the|a|an|this|these|those|its|their|le|la|les|der|die|das|il|lo|el|los|las)\s+$/,
  passiveAux: /(?<![a-z])(?:was|were|been|being|is|are|be|e stat[oaie]|sono stat[ie]|sia stat[oaie]|wurde|wurden|worden|ist|sind|a ete|ont ete|est|sont|soit|soient|fue|fueron|ha sido|han sido|sea|sean|fu|furono)(?:\s+[a-z]+){0,4}\s+$/,
  agent: /(?<![a-z])(?:by|par|von|vom|dal|dalla|dai|dagli|da|por)\s+/g,
  germanAux: /(?<![a-z])(?:hat|haben|hatte|hatten|habe)(?![a-z])/g,
  germanParticiple: /^(?:veroffentlicht|mitgeteilt|bestatigt|erklart|informiert|gemeldet|berichtet|behauptet)$/,
  clauseStart: /(?:^|[,;:("-])\s*$/,
  noun: /(?<![a-z])(?:investigat\w+|examin\w+|review\w*|verif\w+|den(?:y|ies|ied)|dismiss\w*|reject\w*|the|these|those|such|its|their|unverified|unconfirmed|les|des|ces|die|diese|le|queste|las|estas)\s+$/,
}));

/** Every entity of a sentence that could speak, proper names first, overlaps resolved in favour of names and longer phrases. */
export function entitiesOf(s: Sentence, ctx: SpeechContext, sentence = s.index): Entity[] {
  const c = compiled();
  const found: Entity[] = [];
  const named = (start: number, end: number, kind: Entity["kind"], name: string) => found.push({ start, end, kind, name, pronoun: false, ref: false });
  for (const o of ctx.orgsIn(sentence)) {
    // A name read from capitals must start with one ("1.3-terabyte" is not an organisation speaking).
    if (!o.victim && !/^\p{Lu}/u.test(s.text.slice(o.start, o.start + 1))) continue;
    const vendor = !o.victim && !!ctx.vendor && fold(o.name).includes(fold(ctx.vendor));
    named(o.start, o.end, o.victim ? "victim" : vendor ? "vendor" : "third", o.victim ? o.name : vendor ? ctx.vendor! : s.text.slice(o.start, o.end));
  }
  if (ctx.vendor) {
    for (const h of vendorMatcher().find(s.text, s.folded)) if (h.entry.name === ctx.vendor) named(h.start, h.end, "vendor", h.entry.name);
    for (let at = s.text.indexOf(ctx.vendor); at >= 0; at = s.text.indexOf(ctx.vendor, at + ctx.vendor.length)) {
      if (!/[\p{L}\d]/u.test(s.text[at + ctx.vendor.length] ?? "") && !/[\p{L}\d]/u.test(s.text[at - 1] ?? "")) named(at, at + ctx.vendor.length, "vendor", ctx.vendor);
    }
  }
  for (const h of actorMatcher().find(s.text, s.folded)) named(h.start, h.end, "attacker", s.text.slice(h.start, h.end));
  for (const name of ctx.actorNames) {
    for (let at = s.text.indexOf(name); at >= 0; at = s.text.indexOf(name, at + name.length)) named(at, at + name.length, "attacker", name);
  }
  for (const h of regulatorMatcher().find(s.text, s.folded)) named(h.start, h.end, "authority", h.entry.name);
  // "Mandiant, which …" / "Mandiant, the incident response firm, …": a name no list knows opening the sentence before a relative or an apposition.
  const opener = OPENING_NAME.exec(s.text);
  if (opener?.[1] && !OPENER_WORDS.test(fold(opener[1].split(" ")[0]!)) && !found.some((e) => e.start < opener[1]!.length)) named(0, opener[1].length, "third", opener[1]);
  const names = [...found];
  for (const { kind, re } of c.refs) {
    re.lastIndex = 0;
    for (const m of s.folded.matchAll(re)) {
      const word = m[0];
      const end = m.index + word.length;
      // "the group ShinyHunters", "the airline Qantas": the word only introduces the name after it; "the ShinyHunters
      // extortion group", "the Ragnar Locker ransomware gang": it only follows the name, which then covers it.
      if (names.some((n) => n.start >= end && n.start <= end + 2)) continue;
      const before = names.find((n) => n.kind === kind && n.end <= m.index && m.index - n.end <= 1);
      if (before) {
        before.end = Math.max(before.end, end);
        continue;
      }
      const pronoun = kind === "victim" && ((PRONOUNS.test(word) && !FIRST_PERSON.test(word)) || AMBIGUOUS_REFS.test(word));
      found.push({ start: m.index, end, kind, name: kind === "victim" ? ctx.victim : null, pronoun, ref: true });
    }
  }
  // Names beat the words around them; among words, the longer phrase wins ("the hacking group" over "the group").
  const keep: Entity[] = [];
  const order = [...found].sort((a, b) => Number(a.ref) - Number(b.ref) || (a.ref ? REF_RANK : KIND_RANK)[a.kind] - (a.ref ? REF_RANK : KIND_RANK)[b.kind] || (b.end - b.start) - (a.end - a.start));
  for (const e of order) if (!keep.some((k) => e.start < k.end && k.start < e.end)) keep.push(e);
  return keep.sort((a, b) => a.start - b.start);
}

/** The entity a pronoun stands for: the nearest named or described party before it in the sentence, else who the previous sentence is about. */
export function resolvePronoun(e: Entity, entities: Entity[], previous: () => Entity | null, folded?: string): Entity | null {
  if (!e.pronoun) return e;
  // Its own clause first ("a hacking group advertised what it said …"), but not a noun right before it: in "an attacker it
  // tracks as …" the pronoun is someone else. Then the sentence's first party ("X also claimed …, which it said …").
  const clauseStart = folded ? Math.max(folded.lastIndexOf(",", e.start), folded.lastIndexOf(";", e.start)) : -1;
  const before = entities.filter((x) => x.end <= e.start && !x.pronoun && x.start > clauseStart && e.start - x.end > 1).pop();
  if (before) return before;
  const first = entities.find((x) => x.end <= e.start && !x.pronoun);
  if (first) return first;
  const prev = previous();
  return prev && !prev.pronoun ? prev : { ...e, pronoun: false, ref: true, kind: "victim" };
}

function actOf(e: Entity | null, start: number, end: number, entities: Entity[], previous: () => Entity | null, folded?: string): SpeechAct {
  const who = e ? resolvePronoun(e, entities, previous, folded) : null;
  if (!who) return { start, end, kind: "hearsay", speaker: null, entity: null };
  return { start, end, kind: who.kind, speaker: who.name, entity: who };
}

/** The speaker of a verb: the agent of a passive, the subject before it, or (verb right after a comma: "…, said Qantas") the one after it. */
function speakerOf(s: Sentence, at: number, end: number, entities: Entity[]): { entity: Entity | null; passive: boolean } {
  const c = compiled();
  const left = s.folded.slice(Math.max(0, at - 60), at);
  const verb = s.folded.slice(at, end);
  if (c.passiveAux.test(left)) {
    const agentFrom = Math.max(0, at - 60);
    for (const m of s.folded.slice(agentFrom, Math.min(s.folded.length, end + 60)).matchAll(c.agent)) {
      const from = agentFrom + m.index + m[0].length;
      const agent = entities.find((e) => e.start >= from && e.start <= from + 12);
      if (agent) return { entity: agent, passive: true };
    }
    return { entity: null, passive: true };
  }
  let subjectEnd = at;
  if (c.germanParticiple.test(verb)) {
    const aux = [...s.folded.slice(0, at).matchAll(c.germanAux)].pop();
    if (aux) subjectEnd = aux.index;
  }
  // "Sabre has since said", "Mandiant, which …, has attributed": auxiliaries and adverbs stand between the subject and its verb.
  const auxTail = AUX_TAIL.exec(s.folded.slice(Math.max(0, subjectEnd - 40), subjectEnd));
  if (auxTail) subjectEnd -= auxTail[0].length;
  // "X, which investigated …, tracks": the subject stands before the relative clause.
  const relative = /,\s*(?:which|who|whose|qui|che|die|der|das|que|quien)\b[^,]*,\s*$/.exec(s.folded.slice(Math.max(0, subjectEnd - 120), subjectEnd));
  if (relative) subjectEnd -= relative[0].length;
  // "Prince Hotels, the hotel arm of Seibu Holdings, said": the name before an apposition is the subject, not the one inside it.
  const apposition = APPOSITION.exec(s.folded.slice(Math.max(0, subjectEnd - 100), subjectEnd));
  if (apposition) {
    const opening = subjectEnd - apposition[0].length;
    const named = entities.some((e) => e.end <= opening && opening - e.end <= 2 && !e.pronoun) || LEADING_NAME.test(s.text.slice(0, opening));
    if (named) subjectEnd = opening;
  }
  // "X follows the activity as Y and says …": the second verb shares the first one's subject, at the start of the sentence.
  if (/(?<![a-z])(?:and|und|et|e|y)\s+(?:[a-z]+ly\s+|later\s+|also\s+)?$/.test(s.folded.slice(Math.max(0, subjectEnd - 20), subjectEnd))) {
    const first = entities.find((e) => e.end <= subjectEnd);
    if (first) return { entity: first, passive: false };
  }
  if (c.clauseStart.test(s.folded.slice(0, subjectEnd))) {
    // "…, said Qantas." / "…, assure l'entreprise.": the speaker follows a reporting verb that closes the sentence.
    const after = entities.find((e) => e.start >= end && e.start <= end + 30);
    if (after && !after.pronoun && trailing(s.folded.slice(after.end))) return { entity: after, passive: false };
  }
  const before = entities.filter((e) => e.end <= subjectEnd && e.end >= subjectEnd - 90).pop();
  if (before) {
    // "Google's Threat Intelligence Group said": the owner speaks through its unit.
    const owner = entities.find((e) => e.end < before.start && /^'s?\s+(?:own\s+)?$/.test(s.folded.slice(e.end, before.start)));
    const subject = owner && owner.kind !== "third" ? owner : before;
    // The vendor speaks only as the verb's own subject ("Sabre disclosed"), not as a name somewhere before a participle.
    if (subject.kind === "vendor" && !/^\s*$/.test(s.folded.slice(subject.end, subjectEnd))) return { entity: { ...subject, kind: "third" }, passive: false };
    return { entity: subject, passive: false };
  }
  // A capitalised name opening the sentence that no list knows ("Mandiant, which …, tracks"): someone else speaking.
  const opener = /^["'\u201c]?((?:\p{Lu}[\p{L}\d&.'-]*)(?: \p{Lu}[\p{L}\d&.'-]*){0,3})(?=,|\s*$)/u.exec(s.text.slice(0, subjectEnd));
  if (opener?.[1] && !OPENER_WORDS.test(fold(opener[1].split(" ")[0]!)) && !fold(opener[1]).split(" ").some((w) => w in MONTHS || w in WEEKDAYS)) {
    const start = opener.index + opener[0].length - opener[1].length;
    return { entity: { start, end: start + opener[1].length, kind: "third", name: opener[1], pronoun: false, ref: false }, passive: false };
  }
  // Inverted subject right after the verb ("Am Montag teilte die Lufthansa mit, dass …", "…, said Qantas").
  const after = entities.find((e) => e.start >= end && e.start <= end + 30);
  const adjacent = !!after && INVERTED_SUBJECT.test(s.folded.slice(end, after.start));
  return { entity: after && !after.pronoun && (adjacent || trailing(s.folded.slice(after.end))) ? after : null, passive: false };
}

/**
 * Speech acts (verbs of saying with their speaker), sources ("according to X"), victim documents, claims and hearsay, in
 * text order. `previous`: who the previous sentence is about (its speaker or first named party), asked only for a leading "It said …".
 */
export function speechActs(s: Sentence, ctx: SpeechContext, previous: () => Entity | null, entities: Entity[] = entitiesOf(s, ctx)): SpeechAct[] {
  const c = compiled();
  const prevEntities = previous;
  const acts: SpeechAct[] = [];
  c.speech.lastIndex = 0;
  for (const m of s.folded.matchAll(c.speech)) {
    const at = m.index;
    const end = at + m[0].length;
    const left = s.folded.slice(Math.max(0, at - 30), at);
    if (c.negated.test(left) || s.folded[at - 1] === "-") continue;
    // "United States", "Sold Out": a capitalised word inside a sentence is a name, not a verb.
    if (at > 0 && /^\p{Lu}/u.test(s.text.slice(at, at + 1)) && !/[.:"'\u201c]\s*$/.test(s.text.slice(0, at))) continue;
    const word = m[0];
    if (c.claimVerb.test(word) && c.noun.test(left)) {
      acts.push({ start: at, end, kind: "attacker", speaker: null, entity: null });
      continue;
    }
    // "y lo reivindicó", "lo ha rivendicato": an object pronoun before a verb, not an article before a noun.
    const clitic = /(?<![a-z])(?:lo|la|los|las|le|les)\s+$/.test(left) && (/^(?:ha|han|hanno|a|ont|hat|haben)\s/.test(word) || /(?<![a-z])(?:y|e|que|che|se|ya|ne|no|non)\s+(?:lo|la|los|las|le|les)\s+$|,\s*(?:lo|la|los|las)\s+$/.test(left));
    if ((c.determiner.test(left) && !clitic) || entities.some((e) => e.ref && e.kind !== "victim" && at < e.end && e.start < end)) continue;
    // "combinations leaked from other websites", "files posted online by the gang": a participle after a noun, not a verb with a subject.
    if (c.publish.test(word) && /^\s+(?:from|on|in|online|to|at|via|through|by|onto)\b/.test(s.folded.slice(end, end + 10)) && !entities.some((e) => e.end <= at && at - e.end <= 2)) {
      const agent = /^\s+(?:[a-z]+\s+){0,4}?by\s+/.exec(s.folded.slice(end, end + 50));
      const by = agent ? entities.find((e) => e.start >= end + agent[0].length && e.start <= end + agent[0].length + 12) : undefined;
      if (by) acts.push(actOf(by, at, end, entities, prevEntities, s.folded));
      continue;
    }
    // "attributed to X", "linked to X" with no one doing the linking: hearsay ("data linked to 7.4 million addresses" links nobody).
    if (c.link.test(word) && /^\s+(?:to|on|with)\b/.test(s.folded.slice(end, end + 6)) && !/(?:has|have|had)\s+$/.test(left)) {
      if (!/^\s+to\s+(?:about |around |roughly |some |more than |over |nearly )?\d/.test(s.folded.slice(end, end + 30))) acts.push({ start: at, end, kind: "hearsay", speaker: null, entity: null });
      continue;
    }
    // "linked the theft to X" links someone; "a connected app" does not.
    if (c.link.test(word) && !/^[^.;]{0,60}?\b(?:to|with|on)\b/.test(s.folded.slice(end))) continue;
    const { entity } = speakerOf(s, at, end, entities);
    const act = actOf(entity, at, end, entities, prevEntities, s.folded);
    // A claim verb whose speaker is unclear, or whose nearest name is the victim but not as its subject ("…says it hit
    // AirAsia, claims data on …"), is still the attacker's word.
    const who = act.entity;
    const detached = !!who && (who.end > at || !/^\s*$/.test(s.folded.slice(who.end, at)));
    if (c.claimVerb.test(word) && (act.kind === "hearsay" || (act.kind === "victim" && (detached || act.entity?.ref)))) {
      acts.push({ ...act, kind: "attacker", speaker: null });
      continue;
    }
    acts.push(act);
  }
  for (const m of s.folded.matchAll(c.source)) {
    const end = m.index + m[0].length;
    const object = entities.find((e) => e.start >= end && e.start <= end + 40);
    // An outlet or service the lists do not know ("according to Bleeping Computer"): someone else, named as written.
    const named = /^\s+(?:the\s+)?((?:\p{Lu}[\p{L}\d&.'-]*)(?: (?:\p{Lu}[\p{L}\d&.'-]*|of|I))*)/u.exec(s.text.slice(end, end + 60))?.[1]?.replace(/[.']+$/, "") ?? null;
    acts.push(object ? actOf(object, m.index, end, entities, prevEntities, s.folded) : { start: m.index, end, kind: "third", speaker: named, entity: null });
  }
  for (const m of s.folded.matchAll(c.documents)) acts.push({ start: m.index, end: m.index + m[0].length, kind: "victim", speaker: ctx.victim, entity: null });
  for (const m of s.folded.matchAll(c.authorityDocuments)) {
    const named = entities.find((e) => e.kind === "authority" && e.start >= m.index && e.end <= m.index + m[0].length + 1);
    acts.push({ start: m.index, end: m.index + m[0].length, kind: "authority", speaker: named?.name ?? null, entity: null });
  }
  for (const m of s.folded.matchAll(c.ownAccount)) {
    const { entity } = speakerOf(s, m.index, m.index + m[0].length, entities);
    if (entity?.kind === "victim") acts.push(actOf(entity, m.index, m.index + m[0].length, entities, prevEntities, s.folded));
  }
  for (const m of s.folded.matchAll(c.hedge)) acts.push({ start: m.index, end: m.index + m[0].length, kind: "hearsay", speaker: null, entity: null });
  for (const m of s.folded.matchAll(c.claim)) {
    // "files … have been posted for free on a hacking forum": where a dump appeared, open for anyone to check, is not the
    // attacker's word; data offered for sale there is (only the seller's description is known).
    if (FORUM.test(m[0]) && PUBLISHED_ON.test(s.folded.slice(Math.max(0, m.index - 60), m.index)) && !FOR_SALE.test(s.folded)) continue;
    acts.push({ start: m.index, end: m.index + m[0].length, kind: "attacker", speaker: null, entity: null });
  }
  for (const a of acts) a.trailing = trailing(s.folded.slice(a.end));
  return acts.sort((a, b) => a.start - b.start);
}

/** After a post-posed reporting verb only its speaker and adjuncts remain ("…, the airline said in a statement on Monday."). */
function trailing(rest: string): boolean {
  const clause = rest.split(/[.;:!?]/)[0] ?? "";
  return clause.length < 70 && !/(?<![a-z])(?:that|que|qu'|che|dass|ob|whether|if|it|they|he|she|to)(?![a-z])/.test(clause);
}
