import type { DataClass } from "../../domain/data-class.js";
import type { CountUnit, Stance } from "../../domain/evidence.js";
import type { ActorRef, AttackVector, IncidentDetail } from "../../domain/incident.js";
import { stancePhrase } from "../../domain/stance-wording.js";
import { actorWords, attributionOf, figuresOf, supportOf, victimOf } from "../../bot/views/fact.words.js";
import type { TemplateLanguage } from "./template.types.js";
import { classLabel, dateWords, figureWords, vectorWords } from "./template.words.js";

/** One value the record holds, with how sure it is and its stance phrase ("confirmed by Qantas"). */
export interface Stanced<T> {
  value: T;
  stance: Stance;
  /** From the shared stance wording (stance-wording.ts through fact.words.ts), in the template's language. */
  said: string;
}

/** What the templates may say about an incident: every value with its stance; inferred values are left out. */
export interface TemplateFacts {
  lang: TemplateLanguage;
  /** The workspace profile's organisation is the victim: the script speaks of "us", not of a third company. */
  weAreVictim: boolean;
  victim: string;
  incident: Stanced<string>;
  vendor: Stanced<string> | null;
  /** A third party was involved and nobody named it. */
  unnamedThirdParty: Stanced<true> | null;
  vector: Stanced<AttackVector> | null;
  /** Classes said taken (confirmed, reported or claimed), in record order. */
  exposed: Stanced<DataClass>[];
  /** Classes a source says were NOT taken, grouped by who says so. */
  notAffected: { speaker: string; classes: DataClass[] }[];
  figures: (Stanced<number> & { unit: CountUnit; words: string })[];
  detected: Stanced<string> | null;
  disclosed: Stanced<string> | null;
  /** "ShinyHunters — claims responsibility, unverified" (actorWords). */
  actors: (Stanced<ActorRef> & { words: string })[];
  /** Values left out because only Breach Radar inferred them (never stated by a template). */
  inferred: string[];
  /** Classes only inferred taken: never stated, and never called safe either. */
  inferredClasses: DataClass[];
}

/** How a left-out date is named in the notes. */
const DATE_LABELS: Record<TemplateLanguage, { detected: string; disclosed: string }> = {
  en: { detected: "detection date", disclosed: "disclosure date" },
  fr: { detected: "date de détection", disclosed: "date de divulgation" },
};

const usable = (s: Stance): boolean => s !== "inferred" && s !== "denied";

/** The facts of an incident as templates use them, in one language. */
export function templateFacts(d: IncidentDetail, lang: TemplateLanguage, weAreVictim = false): TemplateFacts {
  const inferred: string[] = [];
  const stanced = <T>(field: Parameters<typeof supportOf>[1], value: T, label: string): Stanced<T> | null => {
    const stance = supportOf(d, field, value).stance;
    if (!usable(stance)) {
      if (stance === "inferred") inferred.push(label);
      return null;
    }
    return { value, stance, said: attributionOf(d, field, value, lang) };
  };
  const victim = victimOf(d);
  const exposed = d.exposed.flatMap((c) => stanced("exposed", c, classLabel(c, lang)) ?? []);
  const taken = new Set(exposed.map((e) => e.value));
  const notAffected = new Map<string, DataClass[]>();
  for (const c of d.notExposed) {
    if (taken.has(c)) continue;
    const speaker = supportOf(d, "notExposed", c).speaker ?? victim;
    notAffected.set(speaker, [...(notAffected.get(speaker) ?? []), c]);
  }
  const figures = figuresOf(d).flatMap((f) => {
    if (!usable(f.stance)) return (f.stance === "inferred" && inferred.push(figureWords(f.value, f.unit, lang)), []);
    const speaker = f.speaker ?? (f.stance === "confirmed" ? victim : null);
    const outlets = [...new Set(supportOf(d, "affectedCount", f.value).sources.map((s) => s.outlet ?? "").filter(Boolean))].join(", ") || null;
    return [{ value: f.value, unit: f.unit, stance: f.stance, said: stancePhrase(f.stance, { speaker, outlets }, lang), words: figureWords(f.value, f.unit, lang) }];
  });
  const actors = d.actors.flatMap((a) => {
    const s = stanced("actors", a, a.name);
    return s ? [{ ...s, words: actorWords(d, a, lang) }] : [];
  });
  const inferredClasses = d.exposed.filter((c) => supportOf(d, "exposed", c).stance === "inferred");
  return {
    lang, weAreVictim, victim, exposed, figures, actors, inferred, inferredClasses,
    incident: stanced("victims", victim, victim) ?? { value: victim, stance: "reported", said: stancePhrase("reported", {}, lang) },
    vendor: d.vendor ? stanced("vendor", d.vendor, d.vendor) : null,
    unnamedThirdParty: !d.vendor && d.thirdParty === true ? stanced("thirdParty", true as const, "third party") : null,
    vector: d.vector ? stanced("vector", d.vector, vectorWords(d.vector, lang)) : null,
    notAffected: [...notAffected].map(([speaker, classes]) => ({ speaker, classes })),
    detected: d.detectedAt ? stanced("detected", d.detectedAt, `${DATE_LABELS[lang].detected} ${dateWords(d.detectedAt, lang)}`) : null,
    disclosed: d.disclosedAt ? stanced("disclosed", d.disclosedAt, `${DATE_LABELS[lang].disclosed} ${dateWords(d.disclosedAt, lang)}`) : null,
  };
}

/** Exposed classes grouped by stance phrase, surest first, each group with its phrase: [classes, said][]. */
export function exposedGroups(f: TemplateFacts, keep: (s: Stance) => boolean = () => true): { classes: DataClass[]; stance: Stance; said: string }[] {
  const groups = new Map<string, { classes: DataClass[]; stance: Stance; said: string }>();
  for (const e of f.exposed.filter((x) => keep(x.stance))) {
    const g = groups.get(e.said) ?? { classes: [], stance: e.stance, said: e.said };
    g.classes.push(e.value);
    groups.set(e.said, g);
  }
  const order: Stance[] = ["confirmed", "reported", "claimed"];
  return [...groups.values()].sort((a, b) => order.indexOf(a.stance) - order.indexOf(b.stance));
}

/** Is a class among the exposed ones (any stated stance)? */
export const isExposed = (f: TemplateFacts, c: DataClass, keep: (s: Stance) => boolean = () => true): Stanced<DataClass> | undefined =>
  f.exposed.find((e) => e.value === c && keep(e.stance));
