import type { Evidence, Stance } from "../domain/evidence.js";
import { SELF_REFERENCE } from "../knowledge/lexicon/event.lexicon.js";
import { MONTHS, WEEKDAYS } from "../knowledge/lexicon/date.lexicon.js";
import { fold } from "./text.normalizer.js";
import type { ActorRef, ActorRole, AttackVector, Sector } from "../domain/incident.js";
import type { CountResult } from "./count.extractor.js";
import { countEvidence } from "./count.evidence.js";
import type { DataClassResult } from "./data-class.extractor.js";
import type { DatesResult } from "./date.extractor.js";
import { monthDayOf } from "./date.parser.js";
import { docText, EvidenceBuilder, type StanceRule, type ValueSource } from "./evidence.builder.js";
import type { Mention } from "./org.mentions.js";
import type { PlatformResult } from "./platform.extractor.js";
import type { SectorResult } from "./sector.resolver.js";
import type { Sentence } from "./sentence.splitter.js";
import { StanceReader } from "./stance.reader.js";
import { confirmingVendorSources } from "./vendor.evidence.js";
import type { VictimResult } from "./victim.finder.js";

/** Everything the extractors read from one article, with where they read it. */
export interface ReadValues {
  sentences: Sentence[];
  mentions: Mention[];
  victims: VictimResult;
  sector: SectorResult;
  platform: PlatformResult;
  data: DataClassResult;
  count: CountResult;
  actors: { actors: ActorRef[]; sources: Map<string, ValueSource[]> };
  dates: DatesResult;
  regulators: { regulators: string[]; sources: Map<string, ValueSource[]> };
  /** The article's own date (a disclosure date taken from it is inferred). */
  published: string | null;
}

/** The values as output, and the evidence for each. */
export interface AssembledValues {
  text: string;
  evidence: Evidence[];
  yearless: Evidence[];
  actors: ActorRef[];
  affectedCount: number | null;
  detected: string | null;
  disclosed: string | null;
  thirdParty: boolean | null;
  vendor: string | null;
  vector: AttackVector | null;
  sector: Sector | null;
}

/**
 * An actor's role follows its stance: the victim or an authority naming the group → "attributed"; the group's own claim
 * (leak-site post, "the hackers say") → "claimed"; press or researchers linking it → "suspected".
 */
export const ROLE_BY_STANCE: Record<Stance, ActorRole> = { confirmed: "attributed", claimed: "claimed", reported: "suspected", inferred: "suspected", denied: "suspected" };

/** The attack itself ("the breach", "this intrusion", "the attackers"), in any of the five languages. */
const THIS_ATTACK = new RegExp(`${SELF_REFERENCE}|\\b(?:the|these|this) (?:attackers?|hackers?|intruders?|criminals?)\\b|\\b(?:die|den) (?:angreifer|tater|hacker)\\b|\\b(?:les|des) (?:pirates|attaquants)\\b|\\b(?:gli|i) (?:hacker|attaccanti|pirati)\\b|\\b(?:los) (?:atacantes|piratas|ciberdelincuentes)\\b`);

/**
 * A vector read from a sentence that neither names the victim nor speaks of this attack (a group's usual method: "UNC6040
 * tricks employees over the phone …") is the program's inference that this attack went the same way.
 */
function vectorRule(sentences: Sentence[], source: ValueSource | undefined, mentionsVictim: (i: number) => boolean, stances: StanceReader): StanceRule {
  const s = source ? sentences[source.sentence] : undefined;
  if (!s || s.isTitle || mentionsVictim(s.index) || THIS_ATTACK.test(s.folded)) return "read";
  const read = stances.read(s.index, source?.at ?? null);
  return read.explicit && read.stance !== "reported" ? "read" : "inferred";
}

/** Reads the stance of every value and quotes the sentences that state it; values whose year is unknown move to `yearless`. */
export function assembleEvidence(v: ReadValues): AssembledValues {
  const { text, offsets } = docText(v.sentences);
  const victimKeys = v.victims.victimKeys;
  const bySentence = new Map<number, { start: number; end: number; name: string; victim: boolean }[]>();
  // Organisations that may speak, without stray capitals: a lone capitalised word opening a sentence ("Damals", "Several") or a date word ("Montag").
  for (const m of v.mentions) {
    const victim = victimKeys.has(m.key);
    if (!victim && !m.org && !m.group && !/\s/.test(m.name) && (m.start <= 2 || fold(m.name) in MONTHS || fold(m.name).replace(/(?:abend|morgen|nachmittag)$/, "") in WEEKDAYS)) continue;
    bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), { start: m.start, end: m.end, name: m.name, victim }]);
  }
  const stances = new StanceReader(v.sentences, { orgsIn: (i) => bySentence.get(i) ?? [], victim: v.victims.victims[0] ?? null, actorNames: v.actors.actors.map((a) => a.name), vendor: v.platform.vendor });
  const b = new EvidenceBuilder(v.sentences, offsets, stances);
  const victimSource = v.victims.sources.get(v.victims.victims[0] ?? "")?.[0] ?? { sentence: 0, at: null };
  /** Adds a value; a value no sentence was recorded for is quoted from the victim's sentence as inferred (never left without evidence). */
  const put = (field: string, value: unknown, sources: ValueSource[], rule: StanceRule = "read", opts: { unit?: Evidence["unit"]; actor?: string } = {}) =>
    b.add(field, value, sources, rule, opts) ?? b.add(field, value, [victimSource], "inferred", opts);

  for (const name of v.victims.victims) put("victims", name, v.victims.sources.get(name) ?? []);
  if (v.victims.group) put("victimGroup", v.victims.group, v.victims.groupSource ? [v.victims.groupSource] : []);
  if (v.sector.sector) put("sector", v.sector.sector, v.sector.sentence !== null ? [{ sentence: v.sector.sentence, at: null }] : [victimSource], "inferred");
  if (v.platform.thirdParty !== null) put("thirdParty", v.platform.thirdParty, v.platform.sources.thirdParty);
  if (v.platform.vendor) put("vendor", v.platform.vendor, [...v.platform.sources.vendor, ...confirmingVendorSources(v.sentences, v.platform.vendor, v.platform.sources.vendor, stances)]);
  if (v.platform.vector) put("vector", v.platform.vector, v.platform.sources.vector, vectorRule(v.sentences, v.platform.sources.vector[0], (i) => (bySentence.get(i) ?? []).some((m) => m.victim), stances));
  for (const k of v.data.exposed) put("exposed", k, v.data.sources.exposed.get(k) ?? []);
  for (const k of v.data.notExposed) put("notExposed", k, v.data.sources.notExposed.get(k) ?? [], "denied");
  const affectedCount = countEvidence(v.count, b);
  const actors: ActorRef[] = [];
  for (const a of v.actors.actors) {
    const e = put("actors", a.name, v.actors.sources.get(a.name) ?? [], "actor", { actor: a.name });
    actors.push({ name: a.name, role: e ? ROLE_BY_STANCE[e.stance] : a.role });
  }
  const yearless: Evidence[] = [];
  const date = (field: "detected" | "disclosed", value: string | null, source: ValueSource | null): string | null => {
    if (!value) return null;
    const monthDay = monthDayOf(value);
    if (monthDay) {
      const e = source ? b.make(field, monthDay, [source]) : null;
      if (e) yearless.push(e);
      return null;
    }
    if (source) put(field, value, [source]);
    else put(field, value, [{ sentence: 0, at: null }], "inferred");
    return value;
  };
  const detected = date("detected", v.dates.detected, v.dates.sources.detected);
  const disclosed = date("disclosed", v.dates.disclosed, v.dates.sources.disclosed);
  for (const r of v.regulators.regulators) put("regulators", r, v.regulators.sources.get(r) ?? []);
  return {
    text, evidence: b.build(), yearless, actors, affectedCount, detected, disclosed,
    thirdParty: v.platform.thirdParty, vendor: v.platform.vendor, vector: v.platform.vector, sector: v.sector.sector,
  };
}
