import type { OrgEntry } from "../knowledge/types.js";
import type { Doc } from "./article.doc.js";
import type { Mention } from "./org.mentions.js";
import { aliasKey } from "./gazetteer.matcher.js";
import { nameKey } from "./text.normalizer.js";
import { breachCue, exposureCue, isSubject, passingCue, roleWeight } from "./victim.roles.js";

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
  evidence: string | null;
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
}

const MIN_SCORE = 4;
const SIGNIFICANT = 4;

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
    const sc = scores.get(m.key) ?? { key: m.key, name: m.name, org: m.org, groupMembers: m.group?.members ?? null, groupSelf: m.group?.self ?? null, score: 0, mentions: 0, bestSentence: m.sentence, bestRole: -1 };
    const isPassing = passing.has(m.sentence);
    const eventful = eventfulAt(m.sentence, s.folded);
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
  const ranked = [...scoreMentions(doc, mentions, significantKeys).values()].sort((a, b) => b.score - a.score);
  const top = ranked[0];
  const empty: VictimResult = { victims: [], victimOrgs: [], group: null, topScore: top?.score ?? 0, victimKeys: new Set(), significantKeys, evidence: null };
  if (!top || top.score < MIN_SCORE) return empty;
  let chosen: Score[] = [top];
  const chains = listChains(doc, mentions);
  const coordinated = (a: string, b: string) => chains.some((c) => c.has(a) && c.has(b));
  for (const other of ranked.slice(1)) {
    if (other.score < Math.max(MIN_SCORE, top.score * 0.5)) break;
    const sameGroup = !!top.org?.group && top.org.group === other.org?.group;
    if (sameGroup || coordinated(top.key, other.key)) chosen.push(other);
  }
  let group: string | null = null;
  const groupScore = chosen.find((c) => c.groupMembers);
  if (groupScore?.groupMembers) {
    const members = groupScore.groupMembers;
    const named = ranked.filter((r) => r.org && members.some((o) => o.name === r.org?.name));
    const inName = members.filter((o) => aliasKey(groupScore.name).includes(aliasKey(o.name)));
    const asScore = (o: OrgEntry): Score => ({ ...groupScore, key: nameKey(o.name), name: o.name, org: o, groupMembers: null });
    const rest = chosen.filter((c) => c !== groupScore && !named.includes(c));
    if (named.length || inName.length) {
      group = groupScore.name;
      chosen = [...rest, ...(named.length ? named : inName.map(asScore))];
    } else {
      chosen = [...rest, { ...groupScore, org: groupScore.groupSelf, groupMembers: null }];
    }
  }
  const victimKeys = new Set(chosen.map((c) => c.key));
  if (groupScore) victimKeys.add(groupScore.key);
  const finalGroup = group ?? statedGroup(doc, chosen, mentions);
  if (finalGroup) for (const m of mentions) if (m.name === finalGroup) victimKeys.add(m.key);
  return {
    victims: chosen.map((c) => c.name),
    victimOrgs: chosen.map((c) => c.org),
    group: finalGroup,
    topScore: top.score,
    victimKeys,
    significantKeys,
    evidence: doc.sentences[top.bestSentence]?.text ?? null,
  };
}

/** The victim's parent group when the text names it (gazetteer group, or "owned by X"). */
function statedGroup(doc: Doc, chosen: Score[], mentions: Mention[]): string | null {
  for (const c of chosen) {
    const g = c.org?.group;
    if (!g || g.toLowerCase().startsWith(c.name.toLowerCase())) continue;
    const gf = g.toLowerCase();
    if (doc.sentences.some((s) => s.folded.includes(gf))) return g;
  }
  const victimKeys = new Set(chosen.map((c) => c.key));
  const withVictim = new Set(mentions.filter((m) => victimKeys.has(m.key)).map((m) => m.sentence));
  for (const m of mentions) {
    const folded = doc.sentences[m.sentence]?.folded;
    if (!folded || victimKeys.has(m.key) || !withVictim.has(m.sentence)) continue;
    if (GROUP_LEFT.test(folded.slice(Math.max(0, m.start - 40), m.start)) || GROUP_RIGHT.test(folded.slice(m.end, m.end + 40))) return m.name;
  }
  return null;
}

const GROUP_LEFT = /(?:owned by|part of|subsidiary of|parent(?: company| group)?|konzern|luxuskonzern|gruppo|groupe|grupo|group)\s+(?:the\s+)?$/;
const GROUP_RIGHT = /^(?:-owned|(?:\s+group)?,?\s+(?:which owns|owner of|the parent|zu de[mr]|che controlla|proprietaire|propietario))/;
