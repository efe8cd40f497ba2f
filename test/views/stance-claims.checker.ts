import { DATA_CLASS_LABELS } from "../../src/domain/data-class.js";
import type { Stance } from "../../src/domain/evidence.js";
import { stanceOf } from "../../src/domain/fact-stance.js";
import { countWords, VECTOR_WORDS } from "../../src/domain/field-labels.js";
import type { Incident } from "../../src/domain/incident.js";

/**
 * An independent, text-level check that no text states as confirmed a fact whose stance is
 * reported, claimed or inferred. It reads the words only: it knows the incident's facts and their
 * stances, finds each fact mentioned in a clause, and asks that the clause say how sure it is.
 */

/** One fact as it may appear in text, with its stance. */
interface Mention { what: string; stance: Stance; pattern: RegExp }

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const word = (s: string): RegExp => new RegExp(`(^|[^\\p{L}\\p{N}])${escape(s)}(?=$|[^\\p{L}\\p{N}])`, "iu");
const VECTOR_VIEW_LABELS: Record<string, string> = {
  vishing: "Voice phishing (vishing)", social_engineering: "Social engineering", phishing: "Phishing", oauth_app: "Malicious OAuth / connected app",
  stolen_credentials: "Stolen credentials", credential_stuffing: "Credential stuffing", ransomware: "Ransomware", misconfiguration: "Misconfiguration",
  vulnerability: "Software vulnerability", insider: "Insider",
};

/** Every fact of the incident that text could state, with its stance. */
export function mentionsOf(i: Incident): Mention[] {
  const out: Mention[] = [];
  const add = (what: string, stance: Stance, pattern: RegExp) => out.push({ what, stance, pattern });
  if (i.vendor) add(`vendor ${i.vendor}`, stanceOf(i.stances, "vendor"), word(i.vendor));
  if (i.vector) {
    // Vector words are also ordinary advice words ("expect phishing"): only "via X", "Vector: X", "X was the way in" state the way in.
    const alts = `${escape(VECTOR_WORDS[i.vector])}|${escape(VECTOR_VIEW_LABELS[i.vector]!)}`;
    add(`vector ${i.vector}`, stanceOf(i.stances, "vector"), new RegExp(`(via|vector:|how:|hit by|involved|used) (a |an )?(${alts})|(${alts})( of staff)?( \\([^)]*\\))? was the way in`, "i"));
  }
  for (const a of i.actors) add(`actor ${a.name}`, stanceOf(i.stances, "actors", a.name), word(a.name));
  for (const c of i.exposed) add(`class ${c}`, stanceOf(i.stances, "exposed", c), word(DATA_CLASS_LABELS[c]));
  const figures = i.counts && i.counts.length > 0 ? i.counts : i.affectedCount !== null ? [{ value: i.affectedCount, stance: stanceOf(i.stances, "affectedCount") }] : [];
  for (const f of figures.filter((x) => x.value >= 100)) {
    const digits = String(f.value).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    add(`count ${f.value}`, f.stance, new RegExp(`(^|[^\\d.,])(${escape(countWords(f.value))}|${escape(digits)})(?![\\d.,]*\\d)`));
  }
  for (const r of i.regulators) add(`regulator ${r}`, stanceOf(i.stances, "regulators", r), word(r));
  if (i.detectedAt) add(`detected ${i.detectedAt}`, stanceOf(i.stances, "detected"), word(i.detectedAt));
  return out;
}

/** Words that say how sure a non-confirmed fact is. */
const MARKERS: Partial<Record<Stance, RegExp>> = {
  reported: /\breported\b|not confirmed|\blinked\b|\breports\b/i,
  claimed: /\bclaim|unverified/i,
  inferred: /inferred|not stated|derived|no source states/i,
};
/** "confirmed" said of something (not "not confirmed", not "unconfirmed"). */
const CONFIRMED_WORDING = /(?<!not |un)\bconfirmed\b/i;
/** A clause that asserts what happened (advice texts are otherwise imperatives about the reader's own systems). */
const ASSERTS = /\b(was|were|is|are|has been|have been|had been) (taken|stolen|breached|exposed|obtained|accessed|hit|linked|detected)\b|\bbreached (via|through)\b|\bwas the way in\b|\bthe breach used\b|\bused stolen\b|\breports detecting\b|\bexposed (for|through)\b|\bdata was taken\b/i;

/** Canonical lists of classes NOT said taken: naming a class there asserts nothing about its theft. */
const NOT_TAKEN_LISTS = /(the company has not said whether these were taken|the company stated these were not taken|not stated either way|stated as not exposed|stated not taken): [^.;)]+/gi;

/** Clauses: split at sentence ends, semicolons, line breaks and " · " separators (not inside "5.7M"). */
export const clauses = (text: string): string[] => text.split(/\.(?=\s|$)|[;\n]|\s·\s/).map((c) => c.trim()).filter(Boolean);

/**
 * Problems in one text: a clause mentioning a non-confirmed fact without its stance's words, or
 * worded "confirmed" while every fact it mentions is not. `assertive`: only clauses that state what
 * happened are checked (advice imperatives name platforms without claiming anything).
 */
export function stanceProblems(incident: Incident, text: string, mode: "strict" | "assertive" = "strict"): string[] {
  const problems: string[] = [];
  const mentions = mentionsOf(incident);
  for (const clause of clauses(text.replace(NOT_TAKEN_LISTS, " "))) {
    // "could have been exposed" is a possibility, not a statement of what happened.
    if (mode === "assertive" && !ASSERTS.test(clause.replace(/\b(could|may|might|would) have been \w+/gi, ""))) continue;
    const found = mentions.filter((m) => m.pattern.test(clause));
    if (found.length === 0) continue;
    for (const m of found) {
      const marker = MARKERS[m.stance];
      if (marker && !marker.test(clause)) problems.push(`${m.what} (${m.stance}) stated without its stance: "${clause}"`);
    }
    if (CONFIRMED_WORDING.test(clause) && found.every((m) => m.stance !== "confirmed")) problems.push(`worded as confirmed though ${found.map((m) => `${m.what} is ${m.stance}`).join(", ")}: "${clause}"`);
  }
  return problems;
}
