import type { OrgEntry } from "../knowledge/types.js";
import type { Doc } from "./article.doc.js";
import { actorMatcher, aliasKey, allVendors, findOrgs, regulatorMatcher, vendorMatcher, type GroupEntry } from "./gazetteer.matcher.js";
import { lazy } from "./cue.compiler.js";

/** A name right after these is a news outlet or commentator ("told BleepingComputer", "according to Reuters"). */
const MEDIA_BEFORE = /(?:told|confirmed to|said to|according to|reported by|speaking to|statement to|statement sent to|in an email to|in a statement to)\s+(?:the\s+)?$/;
const vendorKeys = lazy(() => new Set(allVendors().flatMap((v) => [v.name, ...v.aliases].map(aliasKey))));
import { nameSpans } from "./org.candidates.js";
import { fold, nameKey } from "./text.normalizer.js";
import { breachCue } from "./victim.roles.js";
import { ORG_SUFFIXES } from "../knowledge/lexicon/org-words.lexicon.js";

/** An organisation named in a sentence: from the gazetteer, or a capitalised name found in the text. */
export interface Mention {
  key: string;
  name: string;
  org: OrgEntry | null;
  group: GroupEntry | null;
  sentence: number;
  start: number;
  end: number;
  /** Also a known vendor/platform (a vendor named in passing is not "another organisation"). */
  vendor: boolean;
}

interface Span {
  start: number;
  end: number;
}
const overlaps = (a: Span, spans: Span[]) => spans.some((b) => a.start < b.end && b.start < a.end);

/** Names that are never victims here: vendors, actors, regulators and the outlet itself. */
function blockedSpans(text: string, folded: string): Span[] {
  return [...vendorMatcher().find(text, folded), ...actorMatcher().find(text, folded), ...regulatorMatcher().find(text, folded)];
}

function gazetteerMentions(doc: Doc): Mention[] {
  const out: Mention[] = [];
  for (const s of doc.sentences) {
    for (const hit of findOrgs(s.text, s.folded)) {
      const name = hit.entry.org?.name ?? hit.entry.group?.name ?? "";
      out.push({ key: nameKey(name), name, org: hit.entry.org ?? null, group: hit.entry.group ?? null, sentence: s.index, start: hit.start, end: hit.end, vendor: vendorKeys().has(aliasKey(name)) });
    }
  }
  return out;
}

/** Longest prefix of a title name that the body also uses ("Cathay Pacific Data" → "Cathay Pacific"). */
function resolveTitleName(name: string, bodyFolded: string): string | null {
  const words = name.split(/\s+/);
  for (let n = words.length; n > 0; n--) {
    const candidate = words.slice(0, n).join(" ");
    const f = fold(candidate);
    const at = bodyFolded.indexOf(f);
    if (at >= 0 && !/[a-z0-9]/.test(bodyFolded[at + f.length] ?? " ") && !/[a-z0-9]/.test(bodyFolded[at - 1] ?? " ")) return candidate;
  }
  return null;
}

function genericMentions(doc: Doc, taken: Mention[]): (Mention & { weak: boolean })[] {
  const outletKey = doc.article.outlet ? nameKey(doc.article.outlet.replace(/\(.*?\)/g, "")) : "";
  const bodyFolded = doc.sentences.filter((s) => !s.isTitle).map((s) => s.folded).join(" \n ");
  const titleFolded = doc.sentences.find((s) => s.isTitle)?.folded ?? "";
  const found: (Mention & { weak: boolean })[] = [];
  for (const s of doc.sentences) {
    const blocked = [...blockedSpans(s.text, s.folded), ...taken.filter((m) => m.sentence === s.index)];
    for (const span of nameSpans(s.text)) {
      if (overlaps(span, blocked)) continue;
      let name = span.text;
      if (s.isTitle) name = resolveTitleName(name, bodyFolded) ?? "";
      const key = nameKey(name);
      if (!key.includes(" ") && breachCue().test(key)) continue;
      if (!key || key === outletKey || (outletKey && outletKey.includes(key) && key.length > 3)) continue;
      if (MEDIA_BEFORE.test(s.folded.slice(Math.max(0, span.start - 30), span.start))) continue;
      const weak = s.isTitle || span.start <= 1 || s.isListItem;
      found.push({ key, name, org: null, group: null, sentence: s.index, start: span.start, end: span.start + name.length, weak, vendor: false });
    }
  }
  // German capitalises every noun: drop names made only of noun-looking words ("Flughäfen", "Landesdatenschutzbeauftragten").
  if (doc.language !== "de") return found;
  return found.filter((m) => !fold(m.name).split(/\s+/).every(germanNoun));
}

/** A German common noun by its ending (names such as "Pelikan", "Adidas", "Zalando" do not look like this). */
function germanNoun(word: string): boolean {
  return /(?:ung|ungen|keit|heit|schaft|tion|tionen|itat|ismus|nis|nisse|ten|ern|en|systeme?|opfer|team)$/.test(word) || (word.length > 7 && /(?:er|e)$/.test(word));
}

/** Generic names need support: a mention mid-sentence, or at least two mentions (after short forms are unified). */
function supported(mentions: (Mention & { weak?: boolean })[]): Mention[] {
  const strong = new Set(mentions.filter((m) => m.org || m.group || !m.weak).map((m) => m.key));
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
  return mentions.filter((m) => strong.has(m.key) || (counts.get(m.key) ?? 0) >= 2);
}

const NAME_PREFIXES = new Set(["banco", "banca", "banque", "grupo", "groupe", "gruppo", "grupul", "maison", "la", "le", "el"]);
const initials = (name: string) =>
  name.split(/[\s-]+/).filter((w) => w && !/^(?:&|and|of|the|de|du)$/i.test(w)).map((w) => w[0]!.toUpperCase()).join("");
const letters = (name: string) => (/^[A-Z][A-Z&.]{1,6}$/.test(name) ? name.replace(/[&.]/g, "") : "");

/** Does short name `a` refer to the longer name `b` ("M&S" → "Marks & Spencer", "Cathay" → "Cathay Pacific")? */
function refersTo(a: Mention, b: Mention): boolean {
  if (a.key === b.key) return false;
  const acr = letters(a.name);
  if (acr.length >= 2 && acr === initials(b.name)) return true;
  const aw = a.key.split(" ");
  const bw = new Set(b.key.split(" "));
  return bw.size > aw.length && aw.every((w) => bw.has(w)) && aw.some((w) => w.length >= 3);
}

/** Gives short forms and acronyms of a name the key of that name, when exactly one name fits. */
function unifyKeys<M extends Mention>(mentions: M[]): M[] {
  const reps = new Map<string, M>();
  for (const m of mentions) if (!reps.has(m.key)) reps.set(m.key, m);
  const count = new Map<string, number>();
  for (const m of mentions) count.set(m.key, (count.get(m.key) ?? 0) + 1);
  const rename = new Map<string, M>();
  for (const a of reps.values()) {
    const targets = [...reps.values()].filter((b) => refersTo(a, b));
    const target = targets[0];
    if (targets.length !== 1 || !target) continue;
    const extra = target.key.split(" ").filter((w) => !a.key.split(" ").includes(w));
    const shortWins = extra.every((w) => ORG_SUFFIXES.has(w) || NAME_PREFIXES.has(w)) || (count.get(a.key) ?? 0) > (count.get(target.key) ?? 0);
    if (!target.org && !target.group && shortWins && !letters(a.name)) rename.set(target.key, a);
    else if (!a.org && !a.group) rename.set(a.key, target);
  }
  return mentions.map((m) => {
    const to = rename.get(m.key);
    return to ? { ...m, key: to.key, name: to.name, org: to.org, group: to.group } : m;
  });
}

/** Every organisation mention in the article, gazetteer first, generic names for the rest. */
export function findMentions(doc: Doc): Mention[] {
  const known = gazetteerMentions(doc);
  return supported(unifyKeys([...known, ...genericMentions(doc, known)]));
}
