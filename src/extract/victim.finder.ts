import type { OrgEntry } from "../knowledge/types.js";
import { SHARED_PROGRAMMES } from "../knowledge/gazetteer/loyalty-programmes.data.js";
import type { Doc } from "./article.doc.js";
import type { Mention } from "./org.mentions.js";
import { aliasKey, allActors } from "./gazetteer.matcher.js";
import { lazy } from "./cue.compiler.js";
import { fold, nameKey } from "./text.normalizer.js";
import { breachCue, DESCRIPTIVE, exposureCue, isSubject, notAffected, passingCue, placeRole, roleWeight } from "./victim.roles.js";
import type { ValueSource } from "./evidence.builder.js";

/** The organisations an article reports as breached, with their scores. */
export interface VictimResult {
  victims: string[];
  victimOrgs: (OrgEntry | null)[];
  group: string | null;
  topScore: number;
  /** Keys of all victims (for sentence filters), and keys of other organisations named. */
  victimKeys: Set<string>;
  /** Keys of organisations that matter (gazetteer orgs, or names with some weight); others are noise. */
  significantKeys: Set<string>;
  /** Per victim, the sentences that report it breached (its best sentence first); and where the group is named. */
  sources: Map<string, ValueSource[]>;
  groupSource: ValueSource | null;
}

interface Score {
  key: string;
  name: string;
  org: OrgEntry | null;
  groupMembers: OrgEntry[] | null;
  groupSelf: OrgEntry | null;
  score: number;
  mentions: number;
  bestSentence: number;
  bestRole: number;
  /** Some mention is a known vendor/platform. */
  vendor: boolean;
  /** The text says this organisation was not affected. */
  excluded: boolean;
  /** Mentions in sentences that report the event, not in passing or as an owner's description. */
  affected: number;
}

const MIN_SCORE = 4;
const SIGNIFICANT = 4;

/** Threat actors' names: the attacker, never the breached organisation (unless the gazetteer also lists it as an organisation). */
const ACTOR_KEYS = lazy(() => new Set(allActors().flatMap((a) => [a.name, ...a.aliases]).map(aliasKey)));

/** Names of loyalty programmes shared by several organisations: the owners are the victims, never the programme. */
const PROGRAMME_KEYS = new Set(SHARED_PROGRAMMES.map((p) => nameKey(p.name)));

/** Sentences that name several organisations in passing ("after attacks on M&S, Co-op and Harrods"). */
function passingSentences(doc: Doc, mentions: Mention[], significant: Set<string>): Set<number> {
  const sig = mentions.filter((m) => significant.has(m.key));
  const keysBySentence = new Map<number, Set<string>>();
  for (const m of sig) keysBySentence.set(m.sentence, (keysBySentence.get(m.sentence) ?? new Set()).add(m.key));
  const listed = new Set<string>();
  for (const chain of listChains(doc, sig)) if (chain.size >= 3) for (const k of chain) listed.add(k);
  const out = new Set<number>();
  for (const [idx, keys] of keysBySentence) {
    const s = doc.sentences[idx];
    if (!s || s.isTitle) continue;
    const inList = [...keys].filter((k) => listed.has(k)).length >= 3;
    if (inList || (keys.size >= 2 && passingCue().test(s.folded))) out.add(idx);
  }
  return out;
}

function scoreMentions(doc: Doc, mentions: Mention[], significant: Set<string>): Map<string, Score> {
  const passing = passingSentences(doc, mentions, significant);
  const firstBody = doc.sentences.find((s) => !s.isTitle)?.index ?? -1;
  const scores = new Map<string, Score>();
  const seenTitle = new Set<string>();
  const eventfulCache = new Map<number, boolean>();
  const eventfulAt = (i: number, folded: string) => {
    let v = eventfulCache.get(i);
    if (v === undefined) eventfulCache.set(i, (v = breachCue().test(folded) || exposureCue().test(folded)));
    return v;
  };
  for (const m of mentions) {
    const s = doc.sentences[m.sentence];
    if (!s) continue;
    const sc = scores.get(m.key) ?? { key: m.key, name: m.name, org: m.org, groupMembers: m.group?.members ?? null, groupSelf: m.group?.self ?? null, score: 0, mentions: 0, bestSentence: m.sentence, bestRole: -1, vendor: false, excluded: false, affected: 0 };
    const isPassing = passing.has(m.sentence);
    const eventful = eventfulAt(m.sentence, s.folded);
    if (notAffected(s.folded, m.start, m.end)) sc.excluded = true;
    if (eventful && !DESCRIPTIVE.test(s.folded)) sc.affected++;
    sc.vendor ||= m.vendor;
    if (placeRole(s.folded, m.start)) {
      sc.score += 0.1;
      sc.mentions++;
      scores.set(m.key, sc);
      continue;
    }
    let gain = isPassing ? 0.2 : sc.mentions < 5 ? 1 : 0.2;
    if (s.isTitle && !seenTitle.has(m.key)) {
      gain += 4;
      seenTitle.add(m.key);
    }
    if (m.sentence === firstBody && isSubject(s.folded, m.start)) gain += 2;
    if (!isPassing) {
      const role = Math.min(roleWeight(s.folded, m.start, m.end), 5) + (eventful && isSubject(s.folded, m.start) ? 2 : 0);
      gain += eventful ? role : role / 2;
      if (role > sc.bestRole) {
        sc.bestRole = role;
        sc.bestSentence = m.sentence;
      }
    }
    if (m.org) gain += sc.mentions === 0 ? 1.5 : 0.3;
    if (m.vendor) gain *= 0.5;
    sc.score += gain;
    sc.mentions++;
    scores.set(m.key, sc);
  }
  return scores;
}

/** Keys named together as lists ("A and B", "A, B and C") in some sentence, as co-victims usually are. */
function listChains(doc: Doc, mentions: Mention[]): Set<string>[] {
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  const chains: Set<string>[] = [];
  for (const [idx, ms] of bySentence) {
    const folded = doc.sentences[idx]?.folded ?? "";
    const sorted = [...ms].sort((x, y) => x.start - y.start);
    let chain = new Set<string>([sorted[0]?.key ?? ""]);
    for (let i = 1; i < sorted.length; i++) {
      const gap = folded.slice(sorted[i - 1]!.end, sorted[i]!.start);
      if (!/^\s*(?:,|,?\s*and|&|und|et|e|y|\/)\s*$/.test(gap)) {
        if (chain.size > 1) chains.push(chain);
        chain = new Set();
      }
      chain.add(sorted[i]!.key);
    }
    if (chain.size > 1) chains.push(chain);
  }
  return chains;
}

/** Picks the victims: the best-scored organisation, plus co-victims named with it or in the same group. */
export function findVictims(doc: Doc, mentions: Mention[]): VictimResult {
  const known = new Set(mentions.filter((m) => m.org || m.group).map((m) => m.key));
  const first = scoreMentions(doc, mentions, known);
  const significantKeys = new Set([...known, ...[...first.values()].filter((s) => s.score >= SIGNIFICANT).map((s) => s.key)]);
  const ranked = [...scoreMentions(doc, mentions, significantKeys).values()].filter((s) => !s.excluded && !(!s.org && PROGRAMME_KEYS.has(s.key)) && !(!s.org && !s.groupMembers && ACTOR_KEYS().has(aliasKey(s.name)))).sort((a, b) => b.score - a.score);
  const top = ranked[0];
  const empty: VictimResult = { victims: [], victimOrgs: [], group: null, topScore: top?.score ?? 0, victimKeys: new Set(), significantKeys, sources: new Map(), groupSource: null };
  if (!top || top.score < MIN_SCORE) return empty;
  const customers = top.vendor ? vendorCustomers(doc, mentions, ranked, top) : [];
  const unit = customers.length ? null : subsidiaryHit(doc, mentions, ranked, top);
  let chosen: Score[] = customers.length ? customers : [unit ?? top];
  const chains = listChains(doc, mentions);
  const coordinated = (a: string, b: string) => chains.some((c) => c.has(a) && c.has(b));
  for (const other of ranked.slice(1)) {
    if (other.score < Math.max(MIN_SCORE, top.score * 0.5)) break;
    const sameGroup = !!top.org?.group && top.org.group === other.org?.group;
    if ((sameGroup || coordinated(top.key, other.key)) && !ownedBy(doc, mentions, top.key, other.key)) chosen.push(other);
  }
  let group: string | null = null;
  const groupScore = chosen.find((c) => c.groupMembers);
  if (groupScore?.groupMembers) {
    const members = groupScore.groupMembers;
    const named = ranked.filter((r) => r.org && r.affected > 0 && members.some((o) => o.name === r.org?.name));
    const inName = members.filter((o) => aliasKey(groupScore.name).includes(aliasKey(o.name)));
    const asScore = (o: OrgEntry): Score => ({ ...groupScore, key: nameKey(o.name), name: o.name, org: o, groupMembers: null });
    const rest = chosen.filter((c) => c !== groupScore && !named.includes(c));
    const titleKeys = new Set(mentions.filter((m) => doc.sentences[m.sentence]?.isTitle).map((m) => m.key));
    const bestMember = Math.max(0, ...named.map((n) => n.score));
    const groupBreached = groupScore === top && !named.some((n) => titleKeys.has(n.key)) && top.score >= 2 * bestMember && !!groupScore.groupSelf;
    if ((named.length && !groupBreached) || inName.length >= 2) {
      group = groupScore.name;
      chosen = [...rest, ...(named.length ? named : inName.map(asScore))];
    } else {
      chosen = [...rest, { ...groupScore, org: groupScore.groupSelf, groupMembers: null }];
    }
  }
  const victimKeys = new Set(chosen.map((c) => c.key));
  if (groupScore) victimKeys.add(groupScore.key);
  const finalGroup = group ?? (unit ? top.name : null) ?? statedGroup(doc, chosen, mentions);
  if (finalGroup) for (const m of mentions) if (m.name === finalGroup) victimKeys.add(m.key);
  return {
    victims: chosen.map((c) => c.name),
    victimOrgs: chosen.map((c) => c.org),
    group: finalGroup,
    topScore: top.score,
    victimKeys,
    significantKeys,
    sources: new Map(chosen.map((c) => [c.name, victimSources(doc, mentions, c, groupScore?.key ?? null)])),
    groupSource: finalGroup ? groupSourceOf(doc, mentions, finalGroup) : null,
  };
}

/** "its subsidiary QuoteWizard", "our subsidiary, X", "X, a subsidiary of": the unit named as the subsidiary. */
const SUBSIDIARY_BEFORE = /\b(?:subsidiary|subsidiaries|unit|division|filiale|tochter(?:gesellschaft|firma)?|controllata|filial)\s*,?\s*$/;
const SUBSIDIARY_AFTER = /^,?\s+(?:a|its|the|une?|la|el|die)\s+(?:[a-z-]+\s+){0,2}(?:subsidiary|unit|division|filiale|tochter\w*|controllata|filial)\b/;

/**
 * The parent speaks but the article says its subsidiary was hit ("LendingTree says subsidiary QuoteWizard may have been
 * hit", "Orange confirms … Orange Romania's network"): the subsidiary is the victim and the parent its group. A unit counts
 * when it is named as the subsidiary, or carries the parent's name with more words, and plays a role in an event sentence.
 */
function subsidiaryHit(doc: Doc, mentions: Mention[], ranked: Score[], top: Score): Score | null {
  const parent = fold(top.name);
  for (const r of ranked.slice(1)) {
    if (r.score < MIN_SCORE || r.affected === 0 || r.vendor || r.key === top.key) continue;
    const prefixed = !!top.org && !!r.org && fold(r.name).startsWith(`${parent} `);
    const named = mentions.some((m) => {
      if (m.key !== r.key) return false;
      const folded = doc.sentences[m.sentence]?.folded ?? "";
      return SUBSIDIARY_BEFORE.test(folded.slice(Math.max(0, m.start - 40), m.start)) || SUBSIDIARY_AFTER.test(folded.slice(m.end, m.end + 60));
    });
    if (prefixed || named) return r;
  }
  return null;
}

/** Between an owner and a brand: "X, which owns Y", "X … qui détient notamment Y", "X, whose brands include Y". */
const OWNS_BETWEEN = /\b(?:owns|owner of|which owns|whose brands|brands (?:include|including|such as)|makes|maker of|detient|possede|possiede|posee|besitzt|gehoren|controlla|controle|owns brands)\b/;

/** The text presents `brand` as a product or brand of `owner` (a consumer brand stands for the company that was hit). */
function ownedBy(doc: Doc, mentions: Mention[], owner: string, brand: string): boolean {
  for (const o of mentions) {
    if (o.key !== owner) continue;
    const b = mentions.find((m) => m.key === brand && m.sentence === o.sentence && m.start > o.end);
    const folded = doc.sentences[o.sentence]?.folded ?? "";
    if (b && b.start - o.end < 120 && OWNS_BETWEEN.test(folded.slice(o.end, b.start))) return true;
  }
  return false;
}

/** The sentences that report a victim breached: its best sentence, then other eventful sentences naming it (or its group, for members read from a group name). */
function victimSources(doc: Doc, mentions: Mention[], c: Score, groupKey: string | null): ValueSource[] {
  let own = mentions.filter((m) => m.key === c.key);
  if (!own.length && groupKey) own = mentions.filter((m) => m.key === groupKey);
  const best = own.find((m) => m.sentence === c.bestSentence) ?? own[0];
  const out: ValueSource[] = best ? [{ sentence: best.sentence, at: best.start }] : [{ sentence: c.bestSentence, at: null }];
  for (const m of own) {
    const s = doc.sentences[m.sentence];
    if (!s || out.length >= 4 || out.some((x) => x.sentence === m.sentence)) continue;
    if (breachCue().test(s.folded) || exposureCue().test(s.folded)) out.push({ sentence: m.sentence, at: m.start });
  }
  return out;
}

/** Where the text names the victim's group: a mention of it, else the first sentence that spells it out. */
function groupSourceOf(doc: Doc, mentions: Mention[], group: string): ValueSource | null {
  const m = mentions.find((x) => x.name === group);
  if (m) return { sentence: m.sentence, at: m.start };
  const g = fold(group);
  const s = doc.sentences.find((x) => x.folded.includes(g));
  return s ? { sentence: s.index, at: s.folded.indexOf(g) } : null;
}

/** A vendor's breach: the customer organisations the text names as affected (the vendor stays the vendor). */
function vendorCustomers(doc: Doc, mentions: Mention[], ranked: Score[], vendor: Score): Score[] {
  const byKey = new Map(ranked.map((r) => [r.key, r]));
  const out = new Map<string, Score>();
  for (const m of mentions) {
    const sc = byKey.get(m.key);
    const s = doc.sentences[m.sentence];
    if (!sc || !s || sc === vendor || sc.vendor || !(sc.org || sc.groupMembers)) continue;
    if (!CUSTOMER_AFFECTED.test(s.folded) || DESCRIPTIVE.test(s.folded.slice(0, m.start))) continue;
    if (passingCue().test(s.folded) || CAMPAIGN.test(s.folded)) continue;
    out.set(sc.key, sc);
  }
  return [...out.values()];
}

const CAMPAIGN = /\b(?:campaign|wave|spree|string|series|victims|targeted|has hit|have hit|hit by|linked to|behind)\b/;
const CUSTOMER_AFFECTED = /\b(?:affected|impacted|involved|caught up|exposed|compromised|stolen|accessed|told (?:members|customers|passengers)|notif\w+|informed (?:members|customers|passengers)|warned (?:members|customers|passengers)|confirmed (?:that )?(?:their|its) (?:members|customers|passengers|data))\b/;

/** The victim's parent group when the text names it (gazetteer group, or "owned by X"). */
function statedGroup(doc: Doc, chosen: Score[], mentions: Mention[]): string | null {
  for (const c of chosen) {
    const g = c.org?.group;
    if (!g || g.toLowerCase().startsWith(c.name.toLowerCase())) continue;
    const gf = g.toLowerCase();
    const own = fold(c.name);
    // "Orange Belgium" contains "Orange": the group counts only where it is named apart from its member.
    const strip = (t: string) => (gf.includes(own) ? t : t.split(own).join(" "));
    if (doc.sentences.some((s) => strip(s.folded).includes(gf))) return g;
  }
  const victimKeys = new Set(chosen.map((c) => c.key));
  const withVictim = new Set(mentions.filter((m) => victimKeys.has(m.key)).map((m) => m.sentence));
  for (const m of mentions) {
    const folded = doc.sentences[m.sentence]?.folded;
    if (!folded) continue;
    const prefixGroup = victimKeys.has(m.key) ? shortFormParent(doc, m) : null;
    if (prefixGroup) return prefixGroup;
    if (victimKeys.has(m.key) || !(withVictim.has(m.sentence) || SUBSIDIARY.test(folded))) continue;
    if (GROUP_LEFT.test(folded.slice(Math.max(0, m.start - 40), m.start)) || GROUP_RIGHT.test(folded.slice(m.end, m.end + 40))) return m.name;
  }
  return null;
}

const GROUP_LEFT = /(?:owned by|part of|subsidiary of|parent(?: company| group)?|(?:konzern|luxuskonzern|gruppo|groupe|grupo|group)(?:\s+[a-z]+)?)\s+(?:the\s+)?$/;

/** "Orange Belgium … filiale del gruppo Orange": the victim's name shortened to its first words after a group word is the parent. */
function shortFormParent(doc: Doc, m: Mention): string | null {
  const s = doc.sentences[m.sentence];
  if (!s) return null;
  const surface = s.text.slice(m.start, m.end);
  const full = fold(m.name);
  const short = fold(surface);
  if (short === full || !full.startsWith(`${short} `)) return null;
  return GROUP_LEFT.test(s.folded.slice(Math.max(0, m.start - 40), m.start)) ? surface : null;
}
/** A sentence about the victim's place in a group ("…, a subsidiary of the French group X"), even where it names the victim only as "the company". */
const SUBSIDIARY = /\b(?:subsidiary|filiale|tochter(?:gesellschaft)?|controllata|filial)\b/;
const GROUP_RIGHT = /^(?:-owned|(?:\s+group)?,?\s+(?:which owns|owner of|the parent|zu de[mr]|che controlla|proprietaire|propietario))/;
