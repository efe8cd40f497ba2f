import type { CountUnit, Evidence, Quote, Stance } from "../domain/evidence.js";
import type { Sentence } from "./sentence.splitter.js";
import type { SentenceStance, StanceReader } from "./stance.reader.js";

/** Where an article states a value: a sentence, and the value's offset in it (null: the sentence as a whole). */
export interface ValueSource {
  sentence: number;
  at: number | null;
}

/** How the stance of a value is chosen among the sentences that state it. */
export type StanceRule =
  /** Read from the wording; among explicit attributions the victim's or an authority's word wins, then reporting, then claims. */
  | "read"
  /** Actors: the victim or an authority naming the group wins, then the group's own claim, then reporting. */
  | "actor"
  /** The program derived the value (sector from the gazetteer, disclosure date from the publication date). */
  | "inferred"
  /** A source states the value is NOT so (data stated not taken). */
  | "denied";

const ORDER: Record<"read" | "actor", Stance[]> = { read: ["confirmed", "reported", "claimed"], actor: ["confirmed", "claimed", "reported"] };
const MAX_QUOTES = 3;

/** The text the extractor read (its sentences, one per line) and each sentence's offset in it. */
export function docText(sentences: Sentence[]): { text: string; offsets: number[] } {
  const offsets: number[] = [];
  let at = 0;
  for (const s of sentences) {
    offsets.push(at);
    at += s.text.length + 1;
  }
  return { text: sentences.map((s) => s.text).join("\n"), offsets };
}

interface Read extends SentenceStance {
  source: ValueSource;
}

/** Collects values with the sentences that state them, then reads each value's stance and quotes. */
export class EvidenceBuilder {
  private readonly items: Evidence[] = [];

  constructor(private readonly sentences: Sentence[], private readonly offsets: number[], private readonly stances: StanceReader) {}

  /** The quote of one sentence: `text.slice(start, end) === quote.text`. */
  quote(sentence: number): Quote | null {
    const s = this.sentences[sentence];
    const start = this.offsets[sentence];
    if (!s || start === undefined || !s.text) return null;
    return { text: s.text, start, end: start + s.text.length };
  }

  /** The stance each source gives the value, and the one chosen (with its speaker). */
  private choose(sources: ValueSource[], rule: StanceRule, actor: string | null): { chosen: Read; reads: Read[] } | null {
    const reads: Read[] = sources.map((source) => {
      if (rule === "inferred") return { stance: rule, explicit: true, speaker: null, source };
      if (rule === "denied") {
        const r = this.stances.read(source.sentence, source.at);
        return { stance: rule, explicit: true, speaker: r.explicit ? r.speaker : null, source };
      }
      const r = actor !== null && source.at !== null ? this.stances.readActor(source.sentence, source.at, actor) : this.stances.read(source.sentence, source.at);
      return { ...r, source };
    });
    if (!reads.length) return null;
    if (rule === "inferred" || rule === "denied") return { chosen: reads[0]!, reads };
    const order = ORDER[rule === "actor" ? "actor" : "read"];
    const explicit = reads.filter((r) => r.explicit).sort((a, b) => order.indexOf(a.stance) - order.indexOf(b.stance));
    return { chosen: explicit[0] ?? reads[0]!, reads };
  }

  /**
   * Adds one value with the sentences that state it (the most telling first). Sources are deduplicated by sentence;
   * the quotes are the chosen sentence, then others that give the same stance.
   */
  add(field: string, value: unknown, sources: ValueSource[], rule: StanceRule = "read", options: { unit?: CountUnit; actor?: string } = {}): Evidence | null {
    const item = this.make(field, value, sources, rule, options);
    if (item) this.items.push(item);
    return item;
  }

  /** Like `add`, without keeping the entry (for values that are not output, such as year-less dates). */
  make(field: string, value: unknown, sources: ValueSource[], rule: StanceRule = "read", options: { unit?: CountUnit; actor?: string } = {}): Evidence | null {
    const seen = new Set<number>();
    const unique = sources.filter((s) => this.sentences[s.sentence] && !seen.has(s.sentence) && seen.add(s.sentence));
    const picked = this.choose(unique, rule, options.actor ?? null);
    if (!picked) return null;
    const { chosen, reads } = picked;
    const same = reads.filter((r) => r !== chosen && r.stance === chosen.stance && (r.explicit || !chosen.explicit));
    const quotes = [chosen, ...same].slice(0, MAX_QUOTES).map((r) => this.quote(r.source.sentence)).filter((q): q is Quote => q !== null);
    if (!quotes.length) return null;
    return { field, value, stance: chosen.stance, quotes, speaker: chosen.speaker, ...(options.unit ? { unit: options.unit } : {}) };
  }

  /** Every entry added so far, in the order added. */
  build(): Evidence[] {
    return [...this.items];
  }
}
