import { AUTHORITY_WORDS, DESCRIPTOR_COMPOUND, IMPERATIVE_VERBS, NON_NAME_WORDS, PERSON_AFTER, PERSON_BEFORE, PLACE_WORDS } from "../knowledge/lexicon/org-words.lexicon.js";
import { SECTOR_CUES } from "../knowledge/lexicon/sector.lexicon.js";
import { lazy } from "./cue.compiler.js";
import { fold } from "./text.normalizer.js";

/** Descriptor words ("retailer", "Luxuskonzern") that precede a name but are not part of it. */
const descriptor = lazy(() => new RegExp(`^(?:${Object.values(SECTOR_CUES).flat().join("|")})$`));

/** A capitalised span that may name an organisation the gazetteer does not know. */
export interface NameSpan {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}&'\u2019.$-]*|&/gu;
/** A figure with its scale ("30mila", "5m", "1,4 Millionen"): never part of a name. */
const NUMBER_WITH_SCALE = /^(?:\d+(?:[.,]\d+)?\s*)?(?:k|m|mn|bn|mila|mio|mrd|millions?|millionen|milliarden|milioni|miliardi|millones|tausend)$|^\d+(?:[.,]\d+)?(?:k|m|mn|bn|mila|mio|mrd)$/;
const CONNECTORS = new Set(["of", "de", "du", "del", "la", "van", "der", "&"]);
const CAPITAL_START = /^[\p{Lu}\d]/u;
const CAMEL_START = /^\p{Ll}+\p{Lu}/u;
/** Starts with a capital or digit, or is camel-cased ("eBay"); ASCII first letters are decided without the Unicode regexes. */
const isCapital = (tok: string) => {
  const c = tok.charCodeAt(0);
  if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  if (c >= 97 && c <= 122) return CAMEL_START.test(tok);
  if (c < 128) return false;
  return CAPITAL_START.test(tok) || CAMEL_START.test(tok);
};

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text))) {
    let t = m[0].replace(/\.(?:com|org|net|co\.uk|com\.au|de|fr|it|es|io|ch|vn)$/i, "").replace(/(?:['\u2019]s?|[.-])+$/u, "");
    if (t) out.push({ text: t, start: m.index, end: m.index + t.length });
  }
  return out;
}

/** Runs of capitalised tokens separated only by spaces (and connectors between capitals). */
function runs(text: string): Token[][] {
  const all = tokens(text);
  const out: Token[][] = [];
  let cur: Token[] = [];
  const flush = () => {
    while (cur.length && CONNECTORS.has(cur[cur.length - 1]!.text.toLowerCase())) cur.pop();
    if (cur.length) out.push(cur);
    cur = [];
  };
  for (let i = 0; i < all.length; i++) {
    const tok = all[i]!;
    const prev = cur[cur.length - 1];
    const gapOk = prev ? /^\s*$/.test(text.slice(prev.end, tok.start)) && !/['\u2019]s$/u.test(text.slice(prev.start, tok.start).trim()) : true;
    const next = all[i + 1];
    const connector = CONNECTORS.has(tok.text.toLowerCase()) && prev && next && isCapital(next.text);
    if ((isCapital(tok.text) || connector) && (gapOk || !prev)) {
      if (!gapOk) flush();
      cur.push(tok);
    } else {
      flush();
      if (isCapital(tok.text)) cur.push(tok);
    }
  }
  flush();
  return out;
}

/** Cuts a run at the first word that cannot be part of a name and drops pure place/common words. */
function clean(run: Token[]): Token[] {
  const kept: Token[] = [];
  for (const tok of run) {
    const f = fold(tok.text);
    if (kept.length && CONNECTORS.has(f)) {
      kept.push(tok);
      continue;
    }
    // "Dallas-based", "London-headquartered": where a company sits, not part of its name.
    if (!kept.length && /-(?:based|headquartered|registered|listed|owned)$/.test(f)) continue;
    if (NON_NAME_WORDS.has(f) || (!kept.length && (descriptor().test(f) || (tok !== run[run.length - 1] && DESCRIPTOR_COMPOUND.test(f)))) || NUMBER_WITH_SCALE.test(f)) {
      if (kept.length) break;
      continue;
    }
    kept.push(tok);
  }
  while (kept.length && CONNECTORS.has(fold(kept[kept.length - 1]!.text))) kept.pop();
  if (kept.every((t) => fold(t.text).split("-").every((w) => PLACE_WORDS.has(w)) || /^\d+$/.test(t.text))) return [];
  if (kept.some((t) => AUTHORITY_WORDS.has(fold(t.text)))) return [];
  return kept;
}

/** Capitalised name spans of a sentence, without people (by title words around them). */
export function nameSpans(text: string): NameSpan[] {
  const spans: NameSpan[] = [];
  const folded = fold(text);
  for (const run of runs(text)) {
    const kept = clean(run);
    if (!kept.length) continue;
    const start = kept[0]!.start;
    const end = kept[kept.length - 1]!.end;
    const name = text.slice(start, end);
    if (kept.length === 1 && IMPERATIVE_VERBS.has(fold(name)) && /^[\s\d.)(*\u2022-]*$/.test(text.slice(0, start))) continue;
    if (name.length < 2 || /^[\d.,]+$/.test(name)) continue;
    if (PERSON_BEFORE.test(folded.slice(Math.max(0, start - 40), start)) && kept.length >= 2) continue;
    if (PERSON_AFTER.test(folded.slice(end, end + 40))) continue;
    spans.push({ text: name, start, end });
  }
  return spans;
}
