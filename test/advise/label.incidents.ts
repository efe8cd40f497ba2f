import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { isDataClass, type DataClass } from "../../src/domain/data-class.js";
import type { Stance } from "../../src/domain/evidence.js";
import { stanceKey, type FactStances } from "../../src/domain/fact-stance.js";
import type { ActorRole, FactField, Incident, Sector } from "../../src/domain/incident.js";
import { sharedPath } from "../helpers/shared-dir.js";
import { makeIncident } from "./incident.fixture.js";

/** One article's labels (the scorer's format). */
interface Label {
  file: string;
  is_breach_report: boolean;
  incident: string | null;
  victims: string[];
  victim_group: string | null;
  sector: string | null;
  third_party: boolean | null;
  vendor: string | null;
  exposed: string[];
  not_exposed: string[];
  affected_count: number | null;
  actors: string[];
  detected: string | null;
  regulators: string[];
  stance?: Record<string, Stance | Record<string, Stance>>;
}

const here = dirname(fileURLToPath(import.meta.url));

/** Every labelled set: the shared seeds and corpus, and the project's own sets under test/extract. */
export function labelSets(): { name: string; dir: string }[] {
  const own = resolve(here, "../extract");
  const sets = [{ name: "seeds", dir: sharedPath("seeds") }, { name: "corpus", dir: sharedPath("corpus") }];
  for (const d of readdirSync(own, { withFileTypes: true })) if (d.isDirectory() && existsSync(join(own, d.name, "labels.json"))) sets.push({ name: d.name, dir: join(own, d.name) });
  return sets;
}

/** The article's own date ("published: 2025-07-02" in its header), when it gives one. */
function publishedOf(dir: string, file: string): string | null {
  const path = join(dir, file);
  if (!existsSync(path)) return null;
  const m = /^published:\s*(\d{4}-\d{2}-\d{2})/m.exec(readFileSync(path, "utf8").slice(0, 600));
  return m ? m[1]! : null;
}

function stancesOf(label: Label): FactStances {
  const out: FactStances = {};
  for (const [field, v] of Object.entries(label.stance ?? {})) {
    const f = (field === "affected_count" ? "affectedCount" : field === "third_party" ? "thirdParty" : field) as FactField;
    if (typeof v === "string") out[stanceKey(f)] = v;
    else for (const [value, s] of Object.entries(v)) out[stanceKey(f, value)] = s;
  }
  return out;
}

/** Labels name actors without a role: the role follows the label's stance (claimed, confirmed → attributed, else suspected). */
const roleOf = (s: Stance | undefined): ActorRole => (s === "claimed" ? "claimed" : s === "confirmed" ? "attributed" : "suspected");

/** An incident built from one article's labels (breach reports only). */
export function incidentFromLabel(label: Label, dir: string, set: string): Incident {
  const stances = stancesOf(label);
  const published = publishedOf(dir, label.file);
  const actorStances = (label.stance?.actors ?? {}) as Record<string, Stance>;
  return makeIncident({
    id: `${set}/${label.file}`,
    title: `${label.victims[0] ?? label.victim_group ?? "Unknown"} breach`,
    victims: label.victims,
    victimGroup: label.victim_group,
    sector: (["airline", "retail"].includes(label.sector ?? "") ? label.sector : "other") as Sector,
    thirdParty: label.third_party,
    vendor: label.vendor,
    exposed: label.exposed.filter(isDataClass) as DataClass[],
    notExposed: label.not_exposed.filter(isDataClass) as DataClass[],
    affectedCount: label.affected_count,
    actors: label.actors.map((name) => ({ name, role: roleOf(actorStances[name]) })),
    detectedAt: label.detected,
    disclosedAt: published,
    regulators: label.regulators,
    stances,
    ...(published ? { firstReportedAt: new Date(`${published}T00:00:00Z`) } : {}),
  });
}

/** Every labelled breach report of every set, as incidents. */
export function labelIncidents(): { set: string; incident: Incident }[] {
  const out: { set: string; incident: Incident }[] = [];
  for (const { name, dir } of labelSets()) {
    const labels = JSON.parse(readFileSync(join(dir, "labels.json"), "utf8")) as Label[];
    for (const l of labels) if (l.is_breach_report) out.push({ set: name, incident: incidentFromLabel(l, dir, name) });
  }
  return out;
}
