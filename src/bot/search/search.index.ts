import { isVisibleTo } from "../../domain/tenancy.js";
import type { IncidentIndexRow } from "../../store/store.port.js";
import { editDistance, typoBudget } from "../text/edit-distance.js";
import { normalize } from "../text/normalize.js";
import { actorNames } from "./actor.aliases.js";

/** Event time of a row: its latest report (newest first in ties and name lookups). */
const reportedTime = (r: IncidentIndexRow): number => (r.reportedAt ?? r.updatedAt).getTime();

/** What a searchable name is: who was hit, whose platform, who did it, which wave. */
export type NameKind = "victim" | "group" | "vendor" | "actor" | "campaign" | "title";

export interface NameEntry {
  key: string;
  display: string;
  kinds: Set<NameKind>;
  rows: Set<number>;
  words: string[];
  wordCount: number;
}

export interface SearchHit {
  row: IncidentIndexRow;
  score: number;
  /** The name that matched, e.g. "Salesforce" for a search for "salesfroce". */
  matched: string;
}

const trigrams = (word: string): string[] => {
  const padded = `  ${word} `;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
};

/**
 * An in-memory fuzzy index over the names users type: victims, groups, vendors, actors
 * (with gazetteer aliases) and campaigns. Words are matched exactly, by prefix, or within
 * a typo budget found through a trigram index, so "qantaz" finds Qantas.
 */
export class SearchIndex {
  readonly rows: IncidentIndexRow[];
  readonly byId = new Map<string, IncidentIndexRow>();
  private readonly names = new Map<string, NameEntry>();
  private readonly vocab = new Map<string, Set<string>>();
  private readonly grams = new Map<string, string[]>();
  private sortedWords: string[] = [];
  /** Which rows this view of the index may return (all, unless made by forViewer). */
  private visible: (row: IncidentIndexRow) => boolean = () => true;

  constructor(rows: IncidentIndexRow[], options: { deferred?: boolean } = {}) {
    this.rows = rows;
    if (options.deferred) return;
    for (let i = 0; i < rows.length; i++) this.indexRow(i);
    this.finish();
  }

  /** Builds the index in slices, yielding to the event loop between them so requests keep flowing. */
  static async build(rows: IncidentIndexRow[], slice = 5000): Promise<SearchIndex> {
    const index = new SearchIndex(rows, { deferred: true });
    for (let i = 0; i < rows.length; i++) {
      index.indexRow(i);
      if (i % slice === slice - 1) await new Promise((resolve) => setImmediate(resolve));
    }
    index.finish();
    return index;
  }

  private indexRow(i: number): void {
    const row = this.rows[i]!;
    this.byId.set(row.id, row);
    for (const v of row.victims) this.add(v, "victim", i);
    if (row.victimGroup) this.add(row.victimGroup, "group", i);
    if (row.vendor) this.add(row.vendor, "vendor", i);
    for (const a of row.actors) for (const alias of actorNames(a)) this.add(alias, "actor", i);
    if (row.campaignName) this.add(row.campaignName, "campaign", i);
  }

  private finish(): void {
    for (const word of this.vocab.keys()) for (const g of trigrams(word)) pushTo(this.grams, g, word);
    this.sortedWords = [...this.vocab.keys()].sort();
  }

  get size(): number {
    return this.rows.length;
  }

  /**
   * The same index as one workspace sees it (domain/tenancy.ts): shared rows plus its own. Shares
   * the built structures, so it costs nothing per request.
   */
  forViewer(viewer: string): SearchIndex {
    const view = Object.assign(Object.create(SearchIndex.prototype) as SearchIndex, this);
    view.visible = (row) => isVisibleTo(row.owner, viewer);
    return view;
  }

  /** A row by incident id, if this view may see it. */
  row(id: string): IncidentIndexRow | undefined {
    const row = this.byId.get(id);
    return row && this.visible(row) ? row : undefined;
  }

  private hasVisibleRow(entry: NameEntry): boolean {
    for (const i of entry.rows) if (this.visible(this.rows[i]!)) return true;
    return false;
  }

  private add(display: string, kind: NameKind, row: number): void {
    const key = normalize(display);
    if (!key) return;
    let entry = this.names.get(key);
    if (!entry) {
      const ws = key.split(" ");
      entry = { key, display, kinds: new Set(), rows: new Set(), words: ws, wordCount: ws.length };
      this.names.set(key, entry);
      for (const w of ws) addTo(this.vocab, w, key);
    }
    entry.kinds.add(kind);
    entry.rows.add(row);
  }

  /** Vocabulary words that match one query word, with a quality in (0, 1]. */
  private wordMatches(q: string): Map<string, number> {
    const out = new Map<string, number>();
    if (this.vocab.has(q)) out.set(q, 1);
    if (q.length >= 3) {
      for (let i = lowerBound(this.sortedWords, q); i < this.sortedWords.length; i++) {
        const w = this.sortedWords[i]!;
        if (!w.startsWith(q)) break;
        if (!out.has(w)) out.set(w, 0.8);
      }
    }
    const budget = typoBudget(q.length);
    if (budget > 0) {
      for (const w of this.fuzzyCandidates(q)) {
        if (out.has(w)) continue;
        const d = editDistance(q, w, budget);
        if (d <= budget) out.set(w, 0.9 - 0.15 * d);
      }
    }
    return out;
  }

  private fuzzyCandidates(q: string): string[] {
    const counts = new Map<string, number>();
    const qg = trigrams(q);
    for (const g of qg) for (const w of this.grams.get(g) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
    const need = Math.max(2, Math.floor(qg.length * 0.4));
    return [...counts].filter(([w, n]) => n >= need && Math.abs(w.length - q.length) <= 2).map(([w]) => w);
  }

  /** Names matching every word of the query, best first. Starts from the rarest word, then checks the others per candidate. */
  matchNames(query: string, kinds?: NameKind[]): { entry: NameEntry; score: number }[] {
    const qwords = normalize(query).split(" ").filter(Boolean);
    if (qwords.length === 0) return [];
    const perWord = qwords.map((q) => this.wordMatches(q));
    const spread = perWord.map((m) => [...m.keys()].reduce((n, w) => n + (this.vocab.get(w)?.size ?? 0), 0));
    const rarest = spread.indexOf(Math.min(...spread));
    const out: { entry: NameEntry; score: number }[] = [];
    const seen = new Set<string>();
    for (const [word] of perWord[rarest]!) {
      for (const key of this.vocab.get(word) ?? []) {
        if (seen.has(key)) continue;
        seen.add(key);
        const entry = this.names.get(key)!;
        if (kinds && !kinds.some((k) => entry.kinds.has(k))) continue;
        if (!this.hasVisibleRow(entry)) continue;
        const total = nameScore(entry.words, perWord);
        if (total === null) continue;
        const coverage = qwords.length / Math.max(qwords.length, entry.wordCount);
        out.push({ entry, score: (total / qwords.length) * (0.7 + 0.3 * coverage) });
      }
    }
    return out.sort((a, b) => b.score - a.score || a.entry.key.length - b.entry.key.length);
  }

  /** Incidents whose names match the query, best match first then most recently updated. */
  search(query: string, kinds?: NameKind[]): SearchHit[] {
    const best = new Map<number, SearchHit>();
    for (const { entry, score } of this.matchNames(query, kinds)) {
      for (const i of entry.rows) {
        if (!this.visible(this.rows[i]!)) continue;
        const seen = best.get(i);
        if (!seen || seen.score < score) best.set(i, { row: this.rows[i]!, score, matched: entry.display });
      }
    }
    return [...best.values()].sort((a, b) => b.score - a.score || reportedTime(b.row) - reportedTime(a.row));
  }

  /** Exact names (victims, groups) that appear word for word in a sentence, longest first. */
  namesIn(sentence: string, kinds: NameKind[] = ["victim", "group"]): NameEntry[] {
    const ws = normalize(sentence).split(" ").filter(Boolean);
    const found: NameEntry[] = [];
    for (let n = Math.min(5, ws.length); n >= 1; n--) {
      for (let i = 0; i + n <= ws.length; i++) {
        const entry = this.names.get(ws.slice(i, i + n).join(" "));
        if (entry && kinds.some((k) => entry.kinds.has(k)) && !found.includes(entry) && this.hasVisibleRow(entry)) found.push(entry);
      }
    }
    return found;
  }

  rowsOf(entry: NameEntry): IncidentIndexRow[] {
    return [...entry.rows].map((i) => this.rows[i]!).filter((r) => this.visible(r)).sort((a, b) => reportedTime(b) - reportedTime(a));
  }
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

function pushTo(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Sum over query words of the best match among a name's words, or null when a query word matches none. */
function nameScore(nameWords: string[], perWord: Map<string, number>[]): number | null {
  let total = 0;
  for (const matches of perWord) {
    let best = 0;
    for (const w of nameWords) best = Math.max(best, matches.get(w) ?? 0);
    if (best === 0) return null;
    total += best;
  }
  return total;
}

function lowerBound(sorted: string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
