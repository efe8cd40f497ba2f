import type { DataClass } from "../../domain/data-class.js";
import { stanceStrength, type CountUnit, type Stance } from "../../domain/evidence.js";
import type { IncidentDetail } from "../../domain/incident.js";
import { countUnit, parseNumbers } from "../../extract/count.extractor.js";
import { extractDataClasses } from "../../extract/data-class.extractor.js";
import { actorMatcher, aliasKey, findOrgs, regulatorMatcher, vendorMatcher } from "../../extract/gazetteer.matcher.js";
import type { Sentence } from "../../extract/sentence.splitter.js";
import { StanceReader } from "../../extract/stance.reader.js";
import { fold } from "../../extract/text.normalizer.js";
import { ACTOR_CONTEXT, AFFECTED_NEAR, AUTHORITY_WORDS, CUSTOMERS_AFTER, NAMED_VENDOR, OTHER_ATTACKS_BEFORE, THIS_INCIDENT_NEAR, TOLD_AUTHORITY, BASE_AFTER, BASE_BEFORE, BOUND_BEFORE, NEGATED_LINK, NOT_A_COUNT_AFTER, NOTIFY_CONTEXT, SELF_NAMED, VENDOR_CONTEXT, type Bound } from "./reading.cues.js";
import type { SourceSentence } from "./sentence.search.js";
import { looseRegulators } from "../../extract/regulator.loose.js";

/**
 * Reads what the incident's stored sentences say about what was asked, when the record holds no
 * value for it: whether a kind of data was taken, a figure of people affected, the names of actors,
 * vendors or regulators. Every reading carries the stance of its sentence (who says it), read with
 * the extractor's own stance reader, so an answer built from it is worded by stance like a fact.
 */
export interface Reading {
  sentence: SourceSentence;
  stance: Stance;
  speaker: string | null;
}
export interface ClassReading extends Reading { classes: DataClass[]; taken: boolean }
export interface CountReading extends Reading { value: number; unit: CountUnit; bound: Bound }
export interface NameReading extends Reading { name: string; generic: boolean }

/** The stance readers of the incident's source texts (one per text), built on first use. */
export class SentenceReader {
  private readonly readers = new WeakMap<Sentence[], StanceReader>();
  private readonly victimKeys: string[];

  constructor(private readonly detail: IncidentDetail) {
    this.victimKeys = [...detail.victims, ...(detail.victimGroup ? [detail.victimGroup] : [])].map(aliasKey).filter((k) => k.length >= 2);
  }

  private reader(doc: Sentence[]): StanceReader {
    let r = this.readers.get(doc);
    if (!r) {
      const orgsIn = (i: number) => this.orgsIn(doc[i]);
      r = new StanceReader(doc, { orgsIn, victim: this.detail.victims[0] ?? null, actorNames: this.detail.actors.map((a) => a.name) });
      this.readers.set(doc, r);
    }
    return r;
  }

  /** Organisations named in a sentence, the victim's names marked (also when the gazetteer does not know the victim). */
  private orgsIn(s: Sentence | undefined): { start: number; end: number; name: string; victim: boolean }[] {
    if (!s) return [];
    const out = findOrgs(s.text, s.folded).map((h) => {
      const name = s.text.slice(h.start, h.end);
      const keys = [aliasKey(name), aliasKey(h.entry.org?.name ?? h.entry.group?.name ?? name)];
      return { start: h.start, end: h.end, name, victim: keys.some((k) => this.victimKeys.includes(k)) };
    });
    for (const key of this.victimKeys) {
      const at = s.folded.indexOf(key);
      if (at >= 0 && !out.some((o) => o.start <= at && at < o.end) && !/[a-z0-9]/.test(s.folded[at + key.length] ?? "") && !/[a-z0-9]/.test(s.folded[at - 1] ?? "")) {
        out.push({ start: at, end: at + key.length, name: s.text.slice(at, at + key.length), victim: true });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  }

  /** Who says what sits at `at` in the sentence: confirmed (victim, authority), claimed (attacker) or reported. */
  stanceAt(s: SourceSentence, at: number | null): { stance: Stance; speaker: string | null } {
    const read = this.reader(s.doc).read(s.index, at);
    return { stance: read.stance, speaker: read.speaker };
  }

  /** Whether the sentences say the classes were taken or were not (clause-level negation, as the extractor reads it). */
  classes(sentences: SourceSentence[], classes: DataClass[]): ClassReading[] {
    const out: ClassReading[] = [];
    for (const s of sentences) {
      const sentence = s.doc[s.index]!;
      const found = extractDataClasses([sentence], null);
      for (const [taken, list, table] of [[true, found.exposed, found.sources.exposed], [false, found.notExposed, found.sources.notExposed]] as const) {
        const hit = classes.filter((c) => list.includes(c));
        if (hit.length === 0) continue;
        const at = table.get(hit[0]!)?.[0]?.at ?? null;
        const read = this.stanceAt(s, at);
        out.push({ sentence: s, classes: hit, taken, stance: taken ? read.stance : "denied", speaker: read.speaker });
      }
    }
    return out;
  }

  /** Figures of people (or accounts, records) the sentences say were affected; a company's size or a yearly traffic figure is not one. */
  counts(sentences: SourceSentence[]): CountReading[] {
    const out: CountReading[] = [];
    for (const s of sentences) {
      const folded = s.doc[s.index]!.folded;
      for (const n of parseNumbers(folded)) {
        const before = folded.slice(Math.max(0, n.start - 60), n.start);
        const after = folded.slice(n.end, n.end + 80);
        const year = n.value >= 1900 && n.value <= 2100 && /^\d{4}$/.test(folded.slice(n.start, n.end));
        if (n.value < 10 || year || NOT_A_COUNT_AFTER.test(after) || BASE_BEFORE.test(before) || BASE_AFTER.test(after)) continue;
        const unit = countUnit(after, before);
        if (unit === "unknown" || !AFFECTED_NEAR.test(`${before.slice(-30)} # ${after}`)) continue;
        const bound = (Object.entries(BOUND_BEFORE) as [Exclude<Bound, null>, RegExp][]).find(([, rx]) => rx.test(before))?.[0] ?? null;
        out.push({ sentence: s, value: n.value, unit, bound, ...this.stanceAt(s, n.start) });
      }
    }
    return out;
  }

  /** Attackers the sentences name (gazetteer names, or a name a group gives itself), not where the sentence denies the link. */
  actors(sentences: SourceSentence[]): NameReading[] {
    const out: NameReading[] = [];
    for (const s of sentences) {
      const sentence = s.doc[s.index]!;
      if (NEGATED_LINK.test(sentence.folded)) continue;
      const hits = actorMatcher().find(sentence.text, sentence.folded).map((h) => ({ name: h.entry.name, at: h.start }));
      if (ACTOR_CONTEXT.test(sentence.folded)) {
        for (const m of sentence.text.matchAll(SELF_NAMED)) {
          const at = m.index + m[0].length - m[1]!.length;
          if (!hits.some((h) => h.at === at)) hits.push({ name: m[1]!, at });
        }
      }
      const reader = this.reader(s.doc);
      for (const h of hits) {
        const read = reader.readActor(s.index, h.at, h.name);
        out.push({ sentence: s, name: h.name, generic: false, stance: read.stance, speaker: read.speaker });
      }
    }
    // A group that claims the attack speaks for it: another name met only beside it ("X … has been linked by researchers to Y") describes X.
    const claimed = strongestPerName(out).filter((r) => r.stance === "claimed" || r.stance === "confirmed").map((r) => fold(r.name));
    const own = (r: NameReading) => claimed.includes(fold(r.name));
    const besideClaimant = (r: NameReading) => !own(r) && claimed.some((c) => r.sentence.doc[r.sentence.index]!.folded.includes(c));
    return strongestPerName(out.filter((r) => !besideClaimant(r)));
  }

  /** Vendors or platforms named in sentences that speak of a platform, provider or system (not the victim itself). */
  vendors(sentences: SourceSentence[]): NameReading[] {
    const out: NameReading[] = [];
    for (const s of sentences) {
      const sentence = s.doc[s.index]!;
      if (!VENDOR_CONTEXT.test(sentence.folded) || NEGATED_LINK.test(sentence.folded)) continue;
      const hits = vendorMatcher().find(sentence.text, sentence.folded).map((h) => ({ name: h.entry.name, at: h.start, end: h.end }));
      if (hits.length === 0) for (const m of sentence.text.matchAll(NAMED_VENDOR)) hits.push({ name: (m[1] ?? m[2] ?? m[3])!, at: m.index, end: m.index + m[0].length });
      for (const h of hits) {
        if (this.victimKeys.includes(aliasKey(h.name)) || !this.aboutThisIncident(sentence, h.at, h.end)) continue;
        out.push({ sentence: s, name: h.name, generic: false, ...this.stanceAt(s, h.at) });
      }
    }
    return strongestPerName(out);
  }

  /**
   * A vendor named at `at` is tied to this victim's incident: the sentence names the victim or speaks of this breach or
   * its provider, and the name is not in a clause about other or earlier attacks ("the group previously breached
   * Snowflake customers") nor the platform's other customers.
   */
  private aboutThisIncident(sentence: Sentence, at: number, end: number): boolean {
    const folded = sentence.folded;
    const victim = this.orgsIn(sentence).some((o) => o.victim);
    if (OTHER_ATTACKS_BEFORE.test(folded.slice(Math.max(0, at - 80), at))) return false;
    if (CUSTOMERS_AFTER.test(folded.slice(end, end + 30)) && !victim) return false;
    return victim || sentence.isTitle || THIS_INCIDENT_NEAR.test(folded);
  }

  /** Authorities the sentences say were notified or are investigating; inflected names ("das Bayerische Landesamt …") too. */
  regulators(sentences: SourceSentence[]): NameReading[] {
    const out: NameReading[] = [];
    for (const s of sentences) {
      const sentence = s.doc[s.index]!;
      if (!NOTIFY_CONTEXT.test(sentence.folded)) continue;
      const hits = [...regulatorMatcher().find(sentence.text, sentence.folded).map((h) => ({ name: h.entry.name, at: h.start })), ...looseRegulators(sentence.folded)];
      if (hits.length === 0 && AUTHORITY_WORDS.test(sentence.folded)) hits.push(...this.toldAuthorities(sentence));
      for (const h of hits) {
        if (h.name === "law enforcement" && !/law enforcement/.test(sentence.folded)) continue;
        out.push({ sentence: s, name: h.name, generic: h.name === h.name.toLowerCase(), ...this.stanceAt(s, h.at) });
      }
    }
    return strongestPerName(out);
  }

  /** Authorities the gazetteer does not know, told in this sentence: by acronym, or a name that says it is an authority. */
  private toldAuthorities(sentence: Sentence): { name: string; at: number }[] {
    const out: { name: string; at: number }[] = [];
    for (const m of sentence.text.matchAll(TOLD_AUTHORITY)) {
      const name = m[1]!;
      const capitals = name.replace(/[^A-Z]/g, "").length;
      if (this.victimKeys.includes(aliasKey(name))) continue;
      if (m[2]) out.push({ name: m[2], at: m.index });
      else if (AUTHORITY_WORDS.test(name.toLowerCase()) || (!/\s/.test(name) && capitals >= 2)) out.push({ name, at: m.index });
    }
    return out;
  }
}

/** One reading per name: the surest stance, its first sentence. */
function strongestPerName(readings: NameReading[]): NameReading[] {
  const best = new Map<string, NameReading>();
  for (const r of readings) {
    const key = aliasKey(r.name);
    const had = best.get(key);
    if (!had || stanceStrength(r.stance) > stanceStrength(had.stance)) best.set(key, r);
  }
  return [...best.values()];
}
