import { createHash } from "node:crypto";
import type { Extraction, Incident } from "../domain/incident.js";
import type { Store } from "../store/store.port.js";
import { SAME_EVENT_WINDOW_DAYS, VECTOR_CLASH_GRACE_DAYS, daysBetween, slugify, vectorsCompatible } from "./merge.rules.js";

/** The date an extraction is about: detection, else disclosure, else the article's own date. */
export function eventDate(extraction: Extraction, articleDate: string): string {
  return extraction.detected ?? extraction.disclosed ?? articleDate;
}

/** The dates an incident is known by; first-seen only when it has no event dates at all. */
function incidentDates(incident: Incident): string[] {
  const dates = [incident.detectedAt, incident.disclosedAt].filter((d): d is string => Boolean(d));
  return dates.length > 0 ? dates : [incident.firstSeenAt.toISOString().slice(0, 10)];
}

/**
 * How far (in days) the report is from the candidate, or null when it is a different event:
 * too far apart, or an incompatible attack vector (with a different vendor, or weeks apart).
 */
export function sameEventDistance(candidate: Incident, extraction: Extraction, articleDate: string): number | null {
  const when = eventDate(extraction, articleDate);
  const reportDates = [when, extraction.disclosed ?? articleDate];
  const distance = Math.min(...incidentDates(candidate).flatMap((d) => reportDates.map((r) => daysBetween(d, r))));
  if (distance > SAME_EVENT_WINDOW_DAYS) return null;
  const vectorClash = !vectorsCompatible(candidate.vector, extraction.vector);
  const vendorClash = Boolean(candidate.vendor && extraction.vendor && candidate.vendor !== extraction.vendor);
  if (vectorClash && (vendorClash || distance > VECTOR_CLASH_GRACE_DAYS)) return null;
  return distance;
}

/** Picks the closest candidate describing the same event, or null for a new incident. Pure. */
export function chooseIncident(candidates: Incident[], extraction: Extraction, articleDate: string): Incident | null {
  let best: { incident: Incident; distance: number } | null = null;
  for (const incident of candidates) {
    const distance = sameEventDistance(incident, extraction, articleDate);
    if (distance !== null && (!best || distance < best.distance)) best = { incident, distance };
  }
  return best?.incident ?? null;
}

/** Finds the existing incident of this owner ("" = shared) the extraction belongs to (by victim, then same-event rules). */
export async function findExistingIncident(store: Store, extraction: Extraction, articleDate: string, owner = ""): Promise<Incident | null> {
  const names = [...extraction.victims, ...(extraction.victims.length === 0 && extraction.victimGroup ? [extraction.victimGroup] : [])];
  if (names.length === 0) return null;
  const candidates = await store.findIncidentsByVictim(names, owner);
  return chooseIncident(candidates, extraction, articleDate);
}

/** The readable id base: "<victim-slug>-<yyyy>-<mm>" from the event date. */
export function incidentIdBase(extraction: Extraction, articleDate: string): string {
  // several victims of one group (Air France and KLM) are named after the group
  const group = extraction.victims.length > 1 ? extraction.victimGroup : null;
  const who = group ?? extraction.victims[0] ?? extraction.victimGroup ?? extraction.incidentKey?.replace(/-\d{4}(-\d{2})?$/, "") ?? "incident";
  const when = eventDate(extraction, articleDate);
  return `${slugify(who)}-${when.slice(0, 4)}-${when.slice(5, 7)}`;
}

/**
 * A fresh readable id: the base, or base-2, base-3 … when taken. A workspace's own incident gets a
 * short suffix of its owner key ("qantas-2025-06-3fa9c1"), so it never takes the id the shared
 * record of the same incident will want.
 */
export async function mintIncidentId(store: Store, extraction: Extraction, articleDate: string, owner = ""): Promise<string> {
  const readable = incidentIdBase(extraction, articleDate);
  const base = owner ? `${readable}-${createHash("sha256").update(owner).digest("hex").slice(0, 6)}` : readable;
  for (let n = 1; n < 1000; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    if (!(await store.incidentIdExists(id))) return id;
  }
  throw new Error(`could not mint an incident id from ${base}`);
}
