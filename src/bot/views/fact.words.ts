import type { DataClass } from "../../domain/data-class.js";
import { stanceStrength, type Stance } from "../../domain/evidence.js";
import { elementKey, LIST_FIELDS, stanceOf, type CountFigure } from "../../domain/fact-stance.js";
import { classWords, countWords, UNIT_WORDS } from "../../domain/field-labels.js";
import type { ActorRef, Fact, FactField, IncidentDetail, Source } from "../../domain/incident.js";
import { stancePhrase, type AnswerLanguage } from "../../domain/stance-wording.js";
import type { ViewQuote } from "../../domain/view.js";
import { formatDate, outletOf } from "./format.js";

/** What backs one value of an incident: how sure, who says it, which sources and facts. */
export interface Support {
  stance: Stance;
  speaker: string | null;
  sources: Source[];
  facts: Fact[];
}

/** Does a stored fact give this value? (Facts stored before evidence existed hold whole lists.) */
function gives(f: Fact, field: FactField, value: unknown): boolean {
  if (f.field !== field) return false;
  if (value === undefined) return true;
  if (LIST_FIELDS.has(field)) {
    const key = elementKey(value);
    return Array.isArray(f.value) ? f.value.some((v) => elementKey(v) === key) : elementKey(f.value) === key;
  }
  return f.value === value || String(f.value) === String(value);
}

const factStance = (f: Fact): Stance => f.stance ?? (f.field === "notExposed" ? "denied" : "reported");

/** The incident's own value of a scalar field (the one its recorded stance is about). */
const SCALAR_VALUE: Partial<Record<FactField, (d: IncidentDetail) => unknown>> = {
  victimGroup: (d) => d.victimGroup, sector: (d) => d.sector, thirdParty: (d) => d.thirdParty, vendor: (d) => d.vendor, vector: (d) => d.vector,
  affectedCount: (d) => d.affectedCount, detected: (d) => d.detectedAt, disclosed: (d) => d.disclosedAt,
};

/** Is the incident's recorded stance about this value (a list element, or the scalar the incident holds)? */
function recordedFor(d: IncidentDetail, field: FactField, value: unknown): boolean {
  if (LIST_FIELDS.has(field) || value === undefined) return true;
  const own = SCALAR_VALUE[field]?.(d);
  return own !== undefined && own !== null && String(own) === String(value);
}

/** The current facts (else the history) behind one value, its stance and the speaker of its surest fact. */
export function supportOf(d: IncidentDetail, field: FactField, value?: unknown): Support {
  const all = d.facts.filter((f) => gives(f, field, value));
  const current = all.filter((f) => f.current);
  const facts = current.length > 0 ? current : all;
  const recorded = d.stances && Object.keys(d.stances).length > 0 && recordedFor(d, field, value) ? stanceOf(d.stances, field, value) : undefined;
  const strongest = facts.reduce<Fact | null>((best, f) => (!best || stanceStrength(factStance(f)) > stanceStrength(factStance(best)) ? f : best), null);
  const stance = recorded ?? (strongest ? factStance(strongest) : stanceOf(undefined, field, value));
  const speaker = facts.find((f) => factStance(f) === stance && f.speaker)?.speaker ?? null;
  const ids = new Set(facts.map((f) => f.sourceId));
  return { stance, speaker, sources: d.sources.filter((s) => ids.has(s.id)), facts };
}

/** The victim's display name, who "the company" is. */
export const victimOf = (d: Pick<IncidentDetail, "victims" | "victimGroup" | "title">): string => d.victims[0] ?? d.victimGroup ?? "the company";

const outletNames = (sources: Source[]): string | null => (sources.length > 0 ? [...new Set(sources.map(outletOf))].join(", ") : null);

/** "confirmed by Qantas", "reported by The Register, not confirmed by the company", "ShinyHunters claims this, unverified". */
export function attributionOf(d: IncidentDetail, field: FactField, value?: unknown, lang: AnswerLanguage = "en"): string {
  const s = supportOf(d, field, value);
  const speaker = s.speaker ?? (s.stance === "confirmed" ? victimOf(d) : null);
  return stancePhrase(s.stance, { speaker, outlets: outletNames(s.sources) }, lang);
}

/** "Salesforce — reported by The Register, not confirmed by the company". */
export const worded = (d: IncidentDetail, field: FactField, value: unknown, text: string, lang: AnswerLanguage = "en"): string =>
  `${text} — ${attributionOf(d, field, value, lang)}`;

/** How an actor's involvement reads by stance (named by the victim, claiming, linked by reporting). */
const ACTOR_WORDING: Record<AnswerLanguage, Record<Stance, (o: { speaker: string; outlets: string | null }) => string>> = {
  en: {
    confirmed: (o) => `named by ${o.speaker} (confirmed)`,
    reported: (o) => `linked${o.outlets ? ` by ${o.outlets}` : " by reporting"}, not confirmed by the company`,
    claimed: () => "claims responsibility, unverified",
    inferred: () => "inferred by Breach Radar, not stated by any source",
    denied: (o) => `denied by ${o.speaker}`,
  },
  fr: {
    confirmed: (o) => `désigné par ${o.speaker} (confirmé)`,
    reported: (o) => `cité par ${o.outlets ?? "la presse"}, sans confirmation de l'entreprise`,
    claimed: () => "revendique l'attaque, invérifié",
    inferred: () => "déduit par Breach Radar, absent des sources",
    denied: (o) => `démenti par ${o.speaker}`,
  },
  de: {
    confirmed: (o) => `von ${o.speaker} genannt (bestätigt)`,
    reported: (o) => `von ${o.outlets ?? "Medien"} in Verbindung gebracht, vom Unternehmen nicht bestätigt`,
    claimed: () => "bekennt sich zum Angriff, unbestätigt",
    inferred: () => "von Breach Radar abgeleitet, in keiner Quelle genannt",
    denied: (o) => `bestritten von ${o.speaker}`,
  },
  es: {
    confirmed: (o) => `señalado por ${o.speaker} (confirmado)`,
    reported: (o) => `vinculado por ${o.outlets ?? "la prensa"}, sin confirmar por la empresa`,
    claimed: () => "reivindica el ataque, sin verificar",
    inferred: () => "deducido por Breach Radar, ninguna fuente lo dice",
    denied: (o) => `desmentido por ${o.speaker}`,
  },
  it: {
    confirmed: (o) => `indicato da ${o.speaker} (confermato)`,
    reported: (o) => `collegato da ${o.outlets ?? "la stampa"}, non confermato dall'azienda`,
    claimed: () => "rivendica l'attacco, non verificato",
    inferred: () => "dedotto da Breach Radar, nessuna fonte lo dice",
    denied: (o) => `smentito da ${o.speaker}`,
  },
};

/** How an actor's involvement reads for a stance, who says it and the outlets ("claims responsibility, unverified"). */
export const actorPhrase = (stance: Stance, who: { speaker: string; outlets: string | null }, lang: AnswerLanguage = "en"): string => ACTOR_WORDING[lang][stance](who);

/** "ShinyHunters — claims responsibility, unverified", "Scattered Spider — named by Qantas (confirmed)". */
export function actorWords(d: IncidentDetail, actor: ActorRef, lang: AnswerLanguage = "en"): string {
  const s = supportOf(d, "actors", actor.name);
  const speaker = s.stance === "confirmed" ? (s.speaker && s.speaker.toLowerCase() !== actor.name.toLowerCase() ? s.speaker : victimOf(d)) : s.speaker ?? victimOf(d);
  return `${actor.name} — ${ACTOR_WORDING[lang][s.stance]({ speaker, outlets: outletNames(s.sources) })}`;
}

/** The incident's figures, surest first (confirmed, reported, claimed); its own count when no figure was recorded. */
export function figuresOf(d: IncidentDetail): CountFigure[] {
  const figures = d.counts && d.counts.length > 0 ? d.counts : d.affectedCount !== null ? [{ value: d.affectedCount, unit: "unknown" as const, stance: stanceOf(d.stances, "affectedCount"), speaker: null, sources: [] }] : [];
  return [...figures].sort((a, b) => stanceStrength(b.stance) - stanceStrength(a.stance) || (a.value === d.affectedCount ? -1 : b.value === d.affectedCount ? 1 : 0));
}

/** The sources of a figure (by id or canonical URL). */
function figureSources(d: IncidentDetail, figure: CountFigure): Source[] {
  const refs = new Set(figure.sources);
  const found = d.sources.filter((s) => refs.has(s.url) || refs.has(s.id));
  return found.length > 0 ? found : supportOf(d, "affectedCount", figure.value).sources;
}

/** "6M records — ShinyHunters claims this, unverified": one figure worded by its own stance. */
export function figureLine(d: IncidentDetail, f: CountFigure, lang: AnswerLanguage = "en"): string {
  const speaker = f.speaker ?? (f.stance === "confirmed" ? victimOf(d) : null);
  return `${countWords(f.value)} ${UNIT_WORDS[f.unit] ?? "affected"} — ${stancePhrase(f.stance, { speaker, outlets: outletNames(figureSources(d, f)) }, lang)}`;
}

/** "5.7M people — confirmed by Qantas; 6M records — ShinyHunters claims this, unverified". */
export function countLine(d: IncidentDetail, lang: AnswerLanguage = "en"): string | null {
  const figures = figuresOf(d);
  return figures.length === 0 ? null : figures.map((f) => figureLine(d, f, lang)).join("; ");
}

/** Classes grouped by how sure the record is: "names, email addresses — confirmed by Qantas; passport data — …". */
export function classesLine(d: IncidentDetail, field: "exposed" | "notExposed", classes: DataClass[], lang: AnswerLanguage = "en"): string {
  const groups = new Map<string, DataClass[]>();
  for (const c of classes) {
    const key = attributionOf(d, field, c, lang);
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups].map(([who, list]) => `${list.map(classWords).join(", ")} — ${who}`).join("; ");
}

/** The sentences behind some facts, each with its source's outlet, date and link (deduplicated). */
export function quotesOf(d: IncidentDetail, facts: Fact[], note?: (f: Fact) => string): ViewQuote[] {
  const byId = new Map(d.sources.map((s) => [s.id, s]));
  const seen = new Set<string>();
  const out: ViewQuote[] = [];
  for (const f of facts) {
    const src = f.sourceId ? byId.get(f.sourceId) : undefined;
    for (const q of f.quotes ?? []) {
      const key = `${f.sourceId}|${q.start}|${q.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        text: q.text, source: src ? outletOf(src) : "unknown source", date: src?.publishedAt ? formatDate(src.publishedAt) : undefined,
        url: src?.url, note: note?.(f),
      });
    }
  }
  return out;
}
