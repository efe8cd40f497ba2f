/**
 * Token trie for gazetteer aliases: linear-time lookup of many multi-word names in a sentence
 * (a regex alternation of thousands of aliases is far too slow).
 */

/** A word of folded text with its offsets (valid in the original text too). */
export interface WordToken {
  t: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}$]+(?:['.&][\p{L}\p{N}$]+)*|&/gu;
const cache = new Map<string, WordToken[]>();
/** French/Italian elided articles and prepositions glued to the next word: "l'ICO", "dell'azienda", "d'Air France". */
const ELISION = /^(?:l|d|dell|dall|nell|sull|all|coll|qu|un|c|s|n|j|m|t)['\u2019](?=\p{L})/u;

/** Words of folded text; "and" becomes "&" so "Marks and Spencer" = "Marks & Spencer". Cached per string. */
export function words(folded: string): WordToken[] {
  const hit = cache.get(folded);
  if (hit) return hit;
  const out: WordToken[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(folded))) {
    const elided = ELISION.exec(m[0]);
    const cut = elided ? elided[0].length : 0;
    const t = m[0].slice(cut);
    out.push({ t: t === "and" ? "&" : t, start: m.index + cut, end: m.index + m[0].length });
  }
  if (cache.size > 5000) cache.clear();
  cache.set(folded, out);
  return out;
}

interface Node<T> {
  next: Map<string, Node<T>>;
  value?: { entry: T; alias: string };
}

/** Longest-match lookup of token sequences. */
export class TokenTrie<T> {
  private readonly root: Node<T> = { next: new Map() };
  size = 0;

  /** Adds an alias (folded); the first entry added for an alias wins. */
  add(foldedAlias: string, entry: T, alias: string): void {
    const toks = words(foldedAlias).map((w) => w.t);
    if (!toks.length) return;
    let node = this.root;
    for (const t of toks) {
      let child = node.next.get(t);
      if (!child) {
        child = { next: new Map() };
        node.next.set(t, child);
      }
      node = child;
    }
    if (!node.value) {
      node.value = { entry, alias };
      this.size++;
    }
  }

  /** Longest match starting at word `i`; tolerates a possessive "'s" on the last word. */
  matchAt(toks: WordToken[], i: number): { entry: T; alias: string; endWord: number } | null {
    let node: Node<T> | undefined = this.root;
    let best: { entry: T; alias: string; endWord: number } | null = null;
    for (let j = i; j < toks.length && node; j++) {
      const t = toks[j]!.t;
      const child: Node<T> | undefined = node.next.get(t) ?? (t.endsWith("'s") ? node.next.get(t.slice(0, -2)) : undefined);
      if (!child) break;
      if (child.value) best = { ...child.value, endWord: j };
      node = child;
    }
    return best;
  }
}
