import * as gazetteer from "../knowledge/gazetteer/index.js";
import type { ActorEntry, OrgEntry, RegulatorEntry, VendorEntry } from "../knowledge/types.js";
import { lazy } from "./cue.compiler.js";
import { TokenTrie, words } from "./alias.trie.js";
import { fold } from "./text.normalizer.js";

/** A parent group known from the gazetteer ("Air France-KLM" → Air France, KLM). */
export interface GroupEntry {
  name: string;
  members: OrgEntry[];
  /** The group's own gazetteer line when it has one (a holding that is also an operator, e.g. a parent airline). */
  self?: OrgEntry;
}

/** One gazetteer hit in a text: offsets are valid in both the original and the folded text. */
export interface GazetteerHit<T> {
  entry: T;
  start: number;
  end: number;
}

/** Canonical lookup key for an alias: folded, dashes/spaces collapsed, "and" → "&". */
export function aliasKey(text: string): string {
  return fold(text).replace(/[\s-]+/g, " ").replace(/ and /g, " & ").replace(/\s*&\s*/g, "&").trim();
}


/** A compiled matcher: a token trie of all aliases (case-insensitive), optionally checking exact capitalisation. */
export class AliasMatcher<T> {
  private readonly trie = new TokenTrie<T>();

  constructor(entries: readonly T[], aliasesOf: (e: T) => string[], private readonly caseSensitive = false) {
    for (const entry of entries) {
      for (const alias of aliasesOf(entry)) {
        const a = alias?.trim() ?? "";
        if (a.length >= 2) this.trie.add(fold(a), entry, a);
      }
    }
  }

  /**
   * Finds hits in folded `text`. With `original` (the same text unfolded), a hit written in lower case there is dropped
   * unless the alias itself starts in lower case ("dell'azienda" is not Dell; "easyJet" is fine); case-sensitive
   * matchers need `original` and the exact alias there.
   */
  find(text: string, original?: string): GazetteerHit<T>[] {
    if (!this.trie.size) return [];
    const toks = words(text);
    const src = original;
    const hits: GazetteerHit<T>[] = [];
    for (let i = 0; i < toks.length; i++) {
      const m = this.trie.matchAt(toks, i);
      if (!m) continue;
      const start = toks[i]!.start;
      const end = toks[m.endWord]!.end;
      const end2 = toks[m.endWord]!.t.endsWith("'s") && !fold(m.alias).endsWith("'s") ? end - 2 : end;
      if (this.caseSensitive && src?.slice(start, end2) !== m.alias) continue;
      if (!this.caseSensitive && src && /^\p{Ll}/u.test(src[start] ?? "") && !/^\p{Ll}/u.test(m.alias)) continue;
      // Short acronyms ("BA", "SIA", "TAP") match only in capitals: "Sia" / "Ba" are ordinary words in some languages.
      if (!this.caseSensitive && src && /^[A-Z]{2,4}$/.test(m.alias) && src.slice(start, end2) !== m.alias) continue;
      hits.push({ entry: m.entry, start, end: end2 });
      i = m.endWord;
    }
    return hits;
  }
}

const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);
const g = gazetteer as Record<string, unknown>;

/** All victim-type organisations in the gazetteer. */
export const allOrgs = lazy((): OrgEntry[] => [...list<OrgEntry>(g.AIRLINES), ...list<OrgEntry>(g.RETAILERS), ...list<OrgEntry>(g.OTHER_ORGS)]);
export const allVendors = lazy(() => list<VendorEntry>(g.VENDORS));
export const allActors = lazy(() => list<ActorEntry>(g.ACTORS));
export const allRegulators = lazy(() => list<RegulatorEntry>(g.REGULATORS));

export const groups = lazy((): GroupEntry[] => {
  const byName = new Map<string, GroupEntry>();
  for (const org of allOrgs()) {
    if (!org.group || aliasKey(org.group) === aliasKey(org.name)) continue;
    const key = aliasKey(org.group);
    const entry = byName.get(key) ?? { name: org.group, members: [] };
    entry.members.push(org);
    byName.set(key, entry);
  }
  return [...byName.values()];
});

/** Organisation or group hit: exactly one of `org` / `group` is set. */
export interface OrgRef {
  org?: OrgEntry;
  group?: GroupEntry;
}

/**
 * Safe names match case-insensitively; names flagged `ambiguous` (ordinary words such as "Next", "Box", "Play")
 * match only with their exact capitalisation and when `context` accepts the text around them.
 */
export class GazetteerMatcher<T extends { name: string; aliases: string[]; ambiguous?: boolean }> {
  private readonly safe: AliasMatcher<T>;
  private readonly risky: AliasMatcher<T>;

  constructor(entries: readonly T[], private readonly context: (left: string, right: string) => boolean, keep: (alias: string) => boolean = () => true) {
    this.safe = new AliasMatcher<T>(entries, (e) => (e.ambiguous ? e.aliases : [e.name, ...e.aliases]).filter(keep));
    this.risky = new AliasMatcher<T>(entries.filter((e) => e.ambiguous), (e) => [e.name].filter(keep), true);
  }

  private readonly memo = new Map<string, GazetteerHit<T>[]>();

  find(text: string, folded: string): GazetteerHit<T>[] {
    const cached = this.memo.get(text);
    if (cached) return cached;
    const hits = this.safe.find(folded, text);
    for (const hit of this.risky.find(folded, text)) {
      if (hits.some((h) => h.start < hit.end && hit.start < h.end)) continue;
      if (this.context(folded.slice(Math.max(0, hit.start - 40), hit.start), folded.slice(hit.end, hit.end + 40))) hits.push(hit);
    }
    if (this.memo.size > 2000) this.memo.clear();
    this.memo.set(text, hits);
    return hits;
  }
}

const ORG_RIGHT = /^(?:'s)?\s+(?:said|says|confirmed|has|have|had|was|is|customers|shoppers|staff|told|reported|disclosed|announced|stores|data|systems|plc|group)\b/;
const ORG_LEFT = /(?:retailer|airline|brand|chain|company|carrier|firm|group)\s+$/;
const VENDOR_RIGHT = /^(?:'s)?\s+(?:platform|instances?|service|system|accounts?|database|cloud|app|integration|environment|tenant|portal|crm|customers?|breach|hack|servers?|software|products?|(?:managed )?file[- ]transfer|mft|appliance|data[- ]theft|attacks?|campaign|zero-?days?|vulnerabilit(?:y|ies)|flaws?|hospitality|solutions|gds)\b/;
/** Before an ambiguous vendor name: it is the software or the firm ("flaws in Cleo", "told by Cleo", "a division of … Sabre"). */
const VENDOR_LEFT = /(?:(?:flaws?|vulnerabilit(?:y|ies)|zero-?days?|bugs?|exploits?) in|exploit(?:ed|ing)|(?:told|notified|alerted|informed) by|(?:provider|vendor|supplier|division of|company|firm)(?: [a-z-]+){0,3})\s+$/;
const ACTOR_RIGHT = /^\s+(?:ransomware|gang|group|hackers|crew|operators?|extortion|collective|cybercrime)\b/;
const ACTOR_LEFT = /(?:ransomware|gang|group|actor|hackers)\s+$/;

const orgMatcher = lazy(() => {
  type OrgItem = OrgRef & { name: string; aliases: string[]; ambiguous?: boolean };
  const groupByKey = new Map(groups().map((g) => [aliasKey(g.name), g]));
  const groupAliases = new Map<string, string[]>();
  const items: OrgItem[] = [];
  for (const org of allOrgs()) {
    const key = aliasKey(org.name);
    const group = groupByKey.get(key);
    if (group) {
      groupAliases.set(key, org.aliases);
      group.self = org;
    }
    else items.push({ org, name: org.name, aliases: org.aliases, ambiguous: org.ambiguous });
  }
  for (const [key, group] of groupByKey) items.push({ group, name: group.name, aliases: groupAliases.get(key) ?? [] });
  return new GazetteerMatcher<OrgItem>(items, (l, r) => ORG_RIGHT.test(r) || ORG_LEFT.test(l));
});

/** Organisations and groups named in a text (original text; matched on its folded form). */
export function findOrgs(text: string, folded: string): GazetteerHit<OrgRef>[] {
  return orgMatcher().find(text, folded);
}

export const vendorMatcher = lazy(() => new GazetteerMatcher<VendorEntry>(allVendors(), (l, r) => VENDOR_RIGHT.test(r) || VENDOR_LEFT.test(l)));
export const actorMatcher = lazy(() => new GazetteerMatcher<ActorEntry>(allActors(), (l, r) => ACTOR_RIGHT.test(r) || ACTOR_LEFT.test(l)));

/** Short all-capital regulator names (SEC, AFP, ICO) match only in capitals; the rest case-insensitively. */
const isShortCaps = (s: string) => s.length <= 5 && s === s.toUpperCase();
const regulatorSafe = lazy(() => new GazetteerMatcher<RegulatorEntry>(allRegulators(), () => true, (a) => !isShortCaps(a)));
const regulatorCaps = lazy(() => new AliasMatcher<RegulatorEntry>(allRegulators(), (r) => [r.name, ...r.aliases].filter(isShortCaps), true));
export const regulatorMatcher = lazy(() => ({
  find: (text: string, folded: string): GazetteerHit<RegulatorEntry>[] => [...regulatorSafe().find(text, folded), ...regulatorCaps().find(folded, text)],
}));

const groupByOrg = lazy(() => new Map(allOrgs().filter((o) => o.group).map((o) => [aliasKey(o.name), o.group as string])));

/** The gazetteer's parent group of an organisation, by name. */
export function groupOf(name: string): string | null {
  return groupByOrg().get(aliasKey(name)) ?? null;
}
