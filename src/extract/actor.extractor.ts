import type { ActorRef, ActorRole } from "../domain/incident.js";
import { ATTRIBUTED_CUES, ATTRIBUTION_CUES, CLAIM_CUES, SELF_REFERENCE } from "../knowledge/lexicon/event.lexicon.js";
import { ACTOR_BY, ACTOR_INTROS, ACTOR_NAMING, ACTOR_STRONG_INTRO, ACTOR_SUFFIXES, ACTORS, NO_CLAIM_CUES, NOT_ACTOR_NAMES } from "../knowledge/gazetteer/actors.js";
import { actorSpellingKey, resolveActorName } from "../knowledge/gazetteer/actor-names.js";
import type { Sentence } from "./sentence.splitter.js";
import { cueRegex, lazy } from "./cue.compiler.js";
import { actorMatcher, findOrgs, regulatorMatcher, vendorMatcher } from "./gazetteer.matcher.js";
import { fold } from "./text.normalizer.js";
import type { ValueSource } from "./evidence.builder.js";

/** Per-sentence facts the actor extractor needs. */
export interface ActorContext {
  mentionsVictim(sentence: number): boolean;
  mentionsOtherOrg(sentence: number): boolean;
  /** Offset of the first other organisation named in the sentence as an attack target (Infinity when none). */
  firstTargetAt(sentence: number): number;
  /** Offset of the first other (non-vendor) organisation named in the sentence (Infinity when none). */
  firstOtherOrgAt?(sentence: number): number;
}

/** Phrases that put an actor in the background: other incidents, denials, history. */
const BACKGROUND = [
  "no (?:indication|evidence|sign)", "not (?:been )?(?:linked|involved|attributed|confirmed)", "(?:has|have|had) (?:previously|also|already) (?:hit|targeted|breached|attacked|claimed)",
  "previously", "in the past", "last year", "earlier (?:this|last) year", "other (?:companies|victims|firms|retailers|airlines)", "known for", "best known", "first emerged", "active since",
  "various", "a history of", "typically", "usually", "often", "tends? to", "known to", "such as", "including",
  "zuvor", "bereits fruher", "auparavant", "precedentemente", "anteriormente",
];

const cues = lazy(() => ({
  attribution: cueRegex(ATTRIBUTION_CUES), claim: cueRegex(CLAIM_CUES), attributed: cueRegex(ATTRIBUTED_CUES), self: cueRegex([SELF_REFERENCE]),
  background: cueRegex(BACKGROUND),
  noClaim: cueRegex(NO_CLAIM_CUES),
  behindSelf: new RegExp(`(?<![a-z])(?:behind|responsible for|dietro|derriere|detras|hinter) (?:${SELF_REFERENCE})`),
  intro: new RegExp(`(?<![a-z0-9])(?:${ACTOR_INTROS.join("|")})(?:,? (${ACTOR_NAMING.join("|")}))?,? (?: (?:the|le|la|les|il|el|die|der))? ?["']? ?$`),
  by: new RegExp(`(?<![a-z0-9])(?:${ACTOR_BY.join("|")}) ?["']? ?$`),
  suffix: new RegExp(`^["']?(?:'s)?\\s*(?:${ACTOR_SUFFIXES.join("|")})`),
}));
/** A security firm naming the actor of this activity: "Google tracks the activity as UNC6040". */
const TRACKED_AS = /\b(?:track(?:s|ed|ing)?|follow(?:s|ed|ing)?|monitor(?:s|ed|ing)?|label(?:s|ed|led|ing)?|designat(?:es|ed)|calls?|dubbed|names?) (?:the |this |that )?(?:same )?(?:activity|actors?|group|intruders?|attackers?|hackers?|cluster|campaign|them|it)? ?as\b|\b(?:(?:si )?identifica(?:to)?|traccia(?:to)?|denominat[oa]) come\b|\b(?:suit|designe|identifie|denomme)(?: \w+){0,2} (?:sous le nom(?: de)?|comme)\b|\b(?:verfolgt|bezeichnet|fuhrt)(?: \w+){0,2} (?:als|unter dem namen)\b|\b(?:rastrea|identifica|denomina)(?: \w+){0,2} como\b/;
/** The attack of this report in other languages ("den Angriff", "l'attaque", "l'attacco", "el ataque"). */
const SELF_OTHER = /\b(?:den|diesen|der|dem) (?:angriff|vorfall|hackerangriff|cyberangriff|datendiebstahl)\b|(?:\bl'|\bcet(?:te)? |\bla |\ble )(?:attaque|incident|intrusion|cyberattaque|piratage)\b|(?:\bl'|\bquest[oa] |\bla |\bil )(?:attacco|incidente|intrusione|violazione|campagna)\b|\b(?:el|este|esta|la) (?:ataque|incidente|intrusion|brecha|campana)\b/;
/** A denial of involvement ("no evidence that X was behind the attack"). */
const DENIAL = /\bno (?:indication|evidence|sign)|\bnot (?:been )?(?:linked|involved|behind|responsible)|\bdenied\b|\bruled out\b/;
/** German split verb: "schreiben den Angriff der Gruppe X zu". */
const ZUSCHREIBEN = /\b(?:schreib\w*|schrieb\w*)\b.{0,80}\bzu\b|zugeschrieben|zuzuschreiben/;
/** A back-reference to attacks on other organisations named earlier ("those attacks", "the earlier intrusions"). */
const OTHER_ATTACKS = /\b(?:those|other|earlier|previous) (?:attacks|incidents|breaches|hacks|intrusions)\b(?! (?:on|against|at) (?:the|its) )/;
const LEAK_SITE = /leak (?:site|blog|page|portal)|site de fuite|sito di leak|blog de filtraciones/;
const RANK: Record<ActorRole, number> = { suspected: 0, claimed: 1, attributed: 2 };

/** A capitalised word ("Silent", "Lapsus$", "Sp1d3r", "Cyber-Partisans"); runs of them separated by single spaces form names. */
const CAP_WORD = /(?<![\p{L}\p{N}$@_])(?:\p{Lu}|\p{N}+\p{L})(?:[\p{L}\p{N}$@_.-]*[\p{L}\p{N}$])?/gu;
const HANDLE = /(?<=(?:name|handle|alias|moniker|username|pseudonym|nickname|going by|calls? (?:himself|herself|themselves)|[Pp]seudonym[e]?|pseudonimo|seud[oó]nimo) ["'\u201c\u201e\u00ab\u2018]? ?)[\p{L}\p{N}_$@.-]*[\p{L}\p{N}_$]/gu;
/** Before a handle: a person or account word in any of our languages. */
const HANDLE_OWNER = /hacker|actor|user|seller|attacker|poster|member|individu|someone|person|akteur|acteur|attore|utente|utilisateur|nutzer|verkaufer|vendeur|venditore|vendedor|pirate/i;
const HACKER_NEAR = /hack|pirat|cyber|pro-|ukrain|russ|belarus|aktivist|activist|criminal|kriminell|ransom|estors|erpress|extors|leak|claim|rivendic|revendi|reivindic|bekannt/;
const CORPORATE = /(?:filiale|subsidiary|unit|division|parent|part|member|owned by|konzern|tochter|controllata|filial)\w*(?: [a-z-]+){0,2}?(?: (?:du|of|of the|des|de la|del|della|dem|der|de))? ?$/;
const TRAILING = / (?:Group|Gang|Hackers|Ransomware|Crew|Gruppe|Groupe|Gruppo|Grupo)$/;

interface Word { text: string; start: number; end: number }

/** Runs of capitalised words ("Scattered Lapsus$ Hunters"), outside the given spans. */
function capitalRuns(text: string, skip: { start: number; end: number }[]): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  for (const m of text.matchAll(CAP_WORD)) {
    const w = { text: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length };
    if (skip.some((h) => w.start < h.end && h.start < w.end)) continue;
    const last = run[run.length - 1];
    if (last && w.start === last.end + 1 && text[last.end] === " ") run.push(w);
    else {
      if (run.length) runs.push(run);
      run = [w];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

/** Turns a candidate into a canonical actor name, or null when it is an organisation, a regulator or a generic word. */
function actorName(raw: string): string | null {
  const name = raw.replace(/[.'\u2019]+$/, "").replace(TRAILING, "");
  const folded = fold(name);
  const known = actorMatcher().find(name, folded)[0];
  if (known) return known.entry.name;
  const first = folded.split(/[ -]/)[0] ?? "";
  if (name.length < 2 || NOT_ACTOR_NAMES.has(first) || NOT_ACTOR_NAMES.has(folded) || /^\d+$/.test(name)) return null;
  if (findOrgs(name, folded).length || vendorMatcher().find(name, folded).length || regulatorMatcher().find(name, folded).length) return null;
  return name;
}

/** Intro before the name is accepted: a hacker word in the intro itself, or a bare group word with hacker words nearby. */
function introAccepts(s: Sentence, at: number, end: number): boolean {
  const left = s.folded.slice(Math.max(0, at - 70), at);
  const m = cues().intro.exec(left);
  if (!m) return !!cues().by.exec(left);
  if (m[1]) return true;
  const intro = m[0].replace(/[ ,"']+(?:the|le|la|les|il|el|die|der)?[ "']*$/, "").trim();
  if (!ACTOR_STRONG_INTRO.test(intro)) return false;
  if (/hack|ransom|extor|erpress|cyber|crim|threat|pro-|filo|gang|bande|banda|pandilla/.test(intro)) return true;
  // A bare "group"/"Gruppe"/"groupe" is a company group after a name ("Asahi Group X") or a parent word ("filiale du groupe X").
  const introStart = Math.max(0, at - 70) + m.index;
  const prev = /(\S+)$/.exec(s.text.slice(0, introStart).trimEnd())?.[1] ?? "";
  if (/^\p{Lu}/u.test(prev) && !/^(?:The|Die|Der|Le|La|Il|El|Los|Les)$/.test(prev)) return false;
  if (CORPORATE.test(s.folded.slice(Math.max(0, introStart - 30), introStart))) return false;
  return HACKER_NEAR.test(s.folded.slice(Math.max(0, at - 60), end + 30));
}

const join = (text: string, ws: Word[]) => (ws.length ? text.slice(ws[0]!.start, ws[ws.length - 1]!.end) : "");

/** The name in a run: after the last word an intro accepts, else (with an actor suffix after the run) the run without its leading generic words. */
function nameInRun(s: Sentence, run: Word[]): string | null {
  for (let i = 0; i < run.length; i++) {
    const at = run[i]!.start;
    if (introAccepts(s, at, run[run.length - 1]!.end)) return join(s.text, run.slice(i, i + 4));
  }
  const end = run[run.length - 1]!.end;
  if (!cues().suffix.test(s.folded.slice(end, end + 50))) return null;
  let i = 0;
  while (i < run.length - 1 && (NOT_ACTOR_NAMES.has(fold(run[i]!.text)) || cues().intro.test(`${fold(run[i]!.text)} `))) i++;
  return join(s.text, run.slice(Math.max(i, run.length - 4)));
}

/** Actors the gazetteer does not know, recognised by the words around them. */
export function textActors(s: Sentence, known: { start: number; end: number }[] = []): string[] {
  const out: string[] = [];
  const add = (raw: string | null) => {
    const name = raw && actorName(raw);
    if (name && !out.includes(name)) out.push(name);
  };
  for (const run of capitalRuns(s.text, known)) add(nameInRun(s, run));
  for (const m of s.text.matchAll(HANDLE)) {
    const at = m.index ?? 0;
    if (known.some((h) => at < h.end && h.start < at + m[0].length)) continue;
    if (HANDLE_OWNER.test(s.text.slice(Math.max(0, at - 60), at))) add(m[0]);
  }
  return out;
}

/** Letters and digits, with look-alike digits read as letters ("Cl0p" ~ "Clop", "Sp1d3r" ~ "Spider"). */
const spellingKey = actorSpellingKey;

/**
 * The name as the text spells it when it differs from the canonical name only in spelling (digits for letters, case,
 * spaces, punctuation): "Cl0p" stays "Cl0p". True aliases ("UNC3944", "Octo Tempest") give the canonical name.
 */
export function textSpelling(canonical: string, surface: string): string {
  const key = spellingKey(canonical);
  const words = [...surface.matchAll(/\S+/g)];
  for (let i = 0; i < words.length; i++) {
    for (let j = i; j < words.length; j++) {
      const start = words[i]!.index ?? 0;
      const text = surface.slice(start, (words[j]!.index ?? 0) + words[j]![0].length).replace(/^["'\u201c\u201e\u00ab(]+|["'\u201d\u00bb),.:;]+$/g, "");
      if (spellingKey(text) === key) return text;
    }
  }
  return canonical;
}

/**
 * The gazetteer's canonical name for an actor however it was spelled or aliased ("Cl0p", "UNC3944"),
 * so the store and campaigns see one actor; unknown names come back unchanged. Extraction output
 * keeps the text's spelling (see `textSpelling`); merging uses this.
 */
export function canonicalActorName(name: string): string {
  return resolveActorName(name).name;
}

function roleOf(folded: string): ActorRole {
  if (cues().attributed.test(folded)) return "attributed";
  if (cues().claim.test(folded) || LEAK_SITE.test(folded)) return "claimed";
  return "suspected";
}

/** The sentence links its actors to this incident (see `extractActors`). */
function linked(s: Sentence, ctx: ActorContext): boolean {
  if (ctx.mentionsVictim(s.index) || s.isTitle) return true;
  // "Researchers have linked those attacks to X": the sentence points back at other organisations' attacks.
  if (OTHER_ATTACKS.test(s.folded) && !cues().self.test(s.folded)) return false;
  // "X, the crew blamed for the attack at Y, could be behind the incident": pinned to this incident whatever else is named.
  if (cues().behindSelf.test(s.folded) && !DENIAL.test(s.folded)) return true;
  const self = cues().self.exec(s.folded) ?? SELF_OTHER.exec(s.folded);
  const target = ctx.firstTargetAt(s.index);
  const other = Math.min(target, ctx.firstOtherOrgAt?.(s.index) ?? target);
  if ((cues().attribution.test(s.folded) || TRACKED_AS.test(s.folded) || ZUSCHREIBEN.test(s.folded)) && (target === Infinity || (!!self && self.index < target))) return other === Infinity || !!self || !cues().background.test(s.folded);
  return other === Infinity && !cues().background.test(s.folded);
}

/**
 * Threat actors linked to THIS incident: named (in the gazetteer, or recognised by the words around an unknown name) in a
 * sentence about the victim, in a sentence that attributes an attack and names no other attacked organisation, or in a
 * sentence that names no other organisation and does not set the actor in the background ("previously", "no indication").
 */
export function extractActors(sentences: Sentence[], ctx: ActorContext): { actors: ActorRef[]; sources: Map<string, ValueSource[]> } {
  const found = new Map<string, ActorRole>();
  const sources = new Map<string, ValueSource[]>();
  /** Canonical name → the spelling this article first used for it. */
  const spelt = new Map<string, string>();
  for (const s of sentences) {
    const hits = actorMatcher().find(s.text, s.folded);
    const names = hits.map((h) => spelt.get(h.entry.name) ?? textSpelling(h.entry.name, s.text.slice(h.start, h.end)));
    const at = hits.map((h) => h.start);
    for (const [k, h] of hits.entries()) spelt.set(h.entry.name, names[k]!);
    if (!cues().noClaim.test(s.folded)) for (const name of textActors(s, hits)) if (!names.includes(name)) (names.push(name), at.push(Math.max(0, s.text.indexOf(name))));
    if (!names.length || !linked(s, ctx)) continue;
    const role = roleOf(s.folded);
    for (const [k, name] of names.entries()) {
      const prev = found.get(name);
      if (prev === undefined || RANK[role] > RANK[prev]) found.set(name, role);
      const list = sources.get(name) ?? [];
      if (list.length < 4) list.push({ sentence: s.index, at: at[k] ?? null });
      sources.set(name, list);
    }
  }
  return { actors: [...found].map(([name, role]) => ({ name, role })), sources };
}
