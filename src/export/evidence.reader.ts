import type { CountUnit, Stance } from "../domain/evidence.js";
import type { ActorRole, FactField, Source } from "../domain/incident.js";
import type { ExportIncident } from "../store/store.port.js";

/**
 * THE one place where exports read how sure each fact is, what quotes back it and which sources
 * give it. Everything else in src/export asks this reader, so richer evidence in the store (stance,
 * quotes and count figures per fact) reaches every exported object by changing only this file.
 *
 * It reads, when the store provides them, `incident.stances` ({ "vendor": "reported",
 * "exposed:email": "confirmed", "actors:shinyhunters": "claimed" }), `incident.counts` (figures with
 * unit, stance and source URLs) and `fact.stance` / `fact.quotes` / `fact.unit`. Without them it
 * falls back to what the current model says: an actor's role, "denied" for data stated not taken,
 * "inferred" for the sector (a gazetteer lookup), and "reported" for everything else: never
 * stronger than a news report.
 */
export interface EvidenceReader {
  stanceOf(field: FactField, value?: unknown): Stance;
  /** Every figure for the size of the incident, confirmed and claimed apart. */
  counts(): CountFigureView[];
  /** The sources whose current facts give this value, in the incident's source order. */
  sourcesFor(field: FactField, value?: unknown): Source[];
  /** Verbatim sentences that state this value, with the URL of their source (empty until facts carry quotes). */
  quotesFor(field: FactField, value?: unknown): QuoteView[];
}

export interface CountFigureView {
  value: number;
  unit: CountUnit;
  stance: Stance;
  speaker: string | null;
  /** URLs of the sources that give the figure. */
  sources: string[];
}

export interface QuoteView {
  text: string;
  source: string | null;
}

/** Optional evidence the store may attach (see the evidence issue); read structurally, never required. */
interface StoredEvidence {
  stances?: Record<string, Stance>;
  counts?: { value: number; unit: CountUnit; stance: Stance; speaker: string | null; sources: string[] }[];
}
interface StoredFactEvidence {
  stance?: Stance | null;
  quotes?: { text: string }[] | null;
  unit?: CountUnit | null;
}

const LIST_FIELDS: ReadonlySet<FactField> = new Set<FactField>(["victims", "exposed", "notExposed", "actors", "regulators"]);

/** "ShinyHunters" and { name: "ShinyHunters" } → "shinyhunters": how list elements are keyed. */
export function elementKey(value: unknown): string {
  if (value && typeof value === "object" && "name" in value) return String((value as { name: unknown }).name).toLowerCase();
  return String(value).toLowerCase();
}

const ROLE_STANCE: Record<ActorRole, Stance> = { claimed: "claimed", suspected: "reported", attributed: "reported" };

function defaultStance(incident: ExportIncident, field: FactField, value: unknown): Stance {
  if (field === "notExposed") return "denied";
  if (field === "sector") return "inferred";
  if (field === "actors" && value !== undefined) {
    const actor = incident.actors.find((a) => elementKey(a) === elementKey(value));
    if (actor) return ROLE_STANCE[actor.role];
  }
  return "reported";
}

/** Does a stored fact give this value? Facts hold one list element, or (older facts) the whole list. */
function factGives(factValue: unknown, field: FactField, value: unknown): boolean {
  if (value === undefined || !LIST_FIELDS.has(field)) return true;
  const key = elementKey(value);
  if (Array.isArray(factValue)) return factValue.some((v) => elementKey(v) === key);
  return elementKey(factValue) === key;
}

export function evidenceOf(incident: ExportIncident): EvidenceReader {
  const stored = incident as ExportIncident & StoredEvidence;
  const sourceById = new Map(incident.sources.map((s) => [s.id, s]));
  // Current facts by field, built once: every stance, source and quote lookup of the incident reads them.
  const current = new Map<FactField, ExportIncident["facts"]>();
  for (const f of incident.facts) {
    if (!f.current) continue;
    const list = current.get(f.field);
    if (list) list.push(f);
    else current.set(f.field, [f]);
  }
  const factsFor = (field: FactField, value?: unknown) => (current.get(field) ?? []).filter((f) => factGives(f.value, field, value));

  const reader: EvidenceReader = {
    stanceOf(field, value) {
      // Data stated not taken is denied by definition; who says so is the fact's speaker.
      if (field === "notExposed") return "denied";
      const key = LIST_FIELDS.has(field) && value !== undefined ? `${field}:${elementKey(value)}` : field;
      const fromRecord = stored.stances?.[key];
      if (fromRecord) return fromRecord;
      const fromFacts = factsFor(field, value).map((f) => (f as StoredFactEvidence).stance).find((s): s is Stance => Boolean(s));
      return fromFacts ?? defaultStance(incident, field, value);
    },
    counts() {
      if (stored.counts && stored.counts.length > 0) return stored.counts.map((c) => ({ ...c, sources: [...c.sources] }));
      if (incident.affectedCount === null) return [];
      const facts = factsFor("affectedCount").filter((f) => Number(f.value) === incident.affectedCount);
      const unit = facts.map((f) => (f as StoredFactEvidence).unit).find((u): u is CountUnit => Boolean(u)) ?? "unknown";
      const sources = facts.map((f) => (f.sourceId ? sourceById.get(f.sourceId)?.url : undefined)).filter((u): u is string => Boolean(u));
      return [{ value: incident.affectedCount, unit, stance: reader.stanceOf("affectedCount"), speaker: null, sources: [...new Set(sources)] }];
    },
    sourcesFor(field, value) {
      const ids = new Set(factsFor(field, value).map((f) => f.sourceId).filter((id): id is string => Boolean(id)));
      return incident.sources.filter((s) => ids.has(s.id));
    },
    quotesFor(field, value) {
      const out: QuoteView[] = [];
      for (const fact of factsFor(field, value)) {
        for (const q of (fact as StoredFactEvidence).quotes ?? []) out.push({ text: q.text, source: fact.sourceId ? sourceById.get(fact.sourceId)?.url ?? null : null });
      }
      return out;
    },
  };
  return reader;
}
