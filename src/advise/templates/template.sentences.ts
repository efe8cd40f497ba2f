import type { DataClass } from "../../domain/data-class.js";
import type { Stance } from "../../domain/evidence.js";
import { exposedGroups, type TemplateFacts } from "./template.facts.js";
import type { TemplateLanguage } from "./template.types.js";
import { capital, classList, dateWords, vectorWords } from "./template.words.js";

/**
 * The fact sentences every template shares, per language. Each names one fact and ends with its
 * stance phrase from the shared wording ("(confirmed by Qantas)", "(reported by The Register, not
 * confirmed by the company)", "(ShinyHunters claims this, unverified)"): a template never words a
 * fact more surely than the record holds it, and never states an inferred one.
 */
interface Frames {
  incident: (victim: string, said: string) => string;
  vendor: (vendor: string, said: string) => string;
  unnamed: (victim: string, said: string) => string;
  detected: (date: string, said: string) => string;
  disclosed: (date: string, said: string) => string;
  vector: (how: string, said: string) => string;
  data: (list: string, said: string) => string;
  claimedData: (list: string, said: string) => string;
  notAffected: (speaker: string, list: string, one: boolean) => string;
  figure: (words: string, said: string) => string;
  claimedFigure: (words: string, said: string) => string;
  actors: (list: string) => string;
}

const FRAMES: Record<TemplateLanguage, Frames> = {
  en: {
    incident: (v, s) => `There has been a data breach at ${v} (${s}).`,
    vendor: (x, s) => `It involved ${x} (${s}).`,
    unnamed: (v, s) => `It involved a third-party platform, which ${v} has not named (${s}).`,
    detected: (d, s) => `It was detected on ${d} (${s}).`,
    disclosed: (d, s) => `It was disclosed on ${d} (${s}).`,
    vector: (h, s) => `The way in was ${h} (${s}).`,
    data: (l, s) => `The data involved includes ${l} (${s}).`,
    claimedData: (l, s) => `The attackers also claim to hold ${l} (${s}).`,
    notAffected: (who, l, one) => `${who} says ${l} ${one ? "was" : "were"} not affected.`,
    figure: (w, s) => `Number affected: ${w} (${s}).`,
    claimedFigure: (w, s) => `The attackers claim ${w} (${s}).`,
    actors: (l) => `Who is behind it: ${l}.`,
  },
  fr: {
    incident: (v, s) => `${v} a subi une fuite de données (${s}).`,
    vendor: (x, s) => `Elle concerne ${x} (${s}).`,
    unnamed: (v, s) => `Elle concerne une plateforme tierce, que ${v} n'a pas nommée (${s}).`,
    detected: (d, s) => `Elle a été détectée le ${d} (${s}).`,
    disclosed: (d, s) => `Elle a été rendue publique le ${d} (${s}).`,
    vector: (h, s) => `Mode d'intrusion : ${h} (${s}).`,
    data: (l, s) => `Les données concernées comprennent ${l} (${s}).`,
    claimedData: (l, s) => `Les attaquants affirment aussi détenir ${l} (${s}).`,
    notAffected: (who, l) => `Selon ${who}, ces données n'ont pas été touchées : ${l}.`,
    figure: (w, s) => `Ampleur : ${w} (${s}).`,
    claimedFigure: (w, s) => `Les attaquants revendiquent ${w} (${s}).`,
    actors: (l) => `Auteurs : ${l}.`,
  },
};

const SINGULAR_EN = /(data|gender|tier|history)$/;

/** Which stances a template states (the customer notice leaves out what only the attackers claim). */
export type Keep = (s: Stance) => boolean;
export const everything: Keep = () => true;
export const notClaims: Keep = (s) => s !== "claimed";

/** What happened, where, when and how, each with its stance. */
export function whatHappened(f: TemplateFacts, keep: Keep = everything): string[] {
  const w = FRAMES[f.lang];
  const out = [w.incident(f.victim, f.incident.said)];
  if (f.vendor && keep(f.vendor.stance)) out.push(w.vendor(f.vendor.value, f.vendor.said));
  else if (f.unnamedThirdParty && keep(f.unnamedThirdParty.stance)) out.push(w.unnamed(f.victim, f.unnamedThirdParty.said));
  if (f.detected && keep(f.detected.stance)) out.push(w.detected(dateWords(f.detected.value, f.lang), f.detected.said));
  if (f.disclosed && keep(f.disclosed.stance)) out.push(w.disclosed(dateWords(f.disclosed.value, f.lang), f.disclosed.said));
  return out;
}

/** The way in, when a source states it. */
export const howSentence = (f: TemplateFacts, keep: Keep = everything): string[] =>
  f.vector && keep(f.vector.stance) ? [FRAMES[f.lang].vector(vectorWords(f.vector.value, f.lang), f.vector.said)] : [];

/** The data said taken, one sentence per stance group, then what a source says was not affected. */
export function dataSentences(f: TemplateFacts, keep: Keep = everything): string[] {
  const w = FRAMES[f.lang];
  const taken = exposedGroups(f, keep).map((g) => (g.stance === "claimed" ? w.claimedData : w.data)(classList(g.classes, f.lang), g.said));
  return [...taken, ...notAffectedSentences(f)];
}

/** "Qantas says passport data and payment card data were not affected." */
export function notAffectedSentences(f: TemplateFacts, only?: readonly DataClass[]): string[] {
  const w = FRAMES[f.lang];
  return f.notAffected.flatMap(({ speaker, classes }) => {
    const list = only ? classes.filter((c) => only.includes(c)) : classes;
    if (list.length === 0) return [];
    const words = classList(list, f.lang);
    return [w.notAffected(speaker, words, list.length === 1 && SINGULAR_EN.test(words))];
  });
}

/** The figures, each by its own stance (confirmed and claimed figures kept apart). */
export function figureSentences(f: TemplateFacts, keep: Keep = everything): string[] {
  const w = FRAMES[f.lang];
  return f.figures.filter((x) => keep(x.stance)).map((x) => (x.stance === "claimed" ? w.claimedFigure : w.figure)(x.words, x.said));
}

/** "Who is behind it: ShinyHunters — claims responsibility, unverified." */
export function actorSentences(f: TemplateFacts, keep: Keep = everything): string[] {
  const kept = f.actors.filter((a) => keep(a.stance));
  return kept.length > 0 ? [FRAMES[f.lang].actors(kept.map((a) => a.words).join(f.lang === "fr" ? " ; " : "; "))] : [];
}

/** "- line" list lines. */
export const bullets = (lines: string[]): string => lines.map((l) => `- ${capital(l)}`).join("\n");
