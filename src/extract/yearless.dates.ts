import type { Extraction } from "../domain/incident.js";

/** A valid ISO date for a "--MM-DD" month-day in a given year, else null (29 February outside leap years). */
export function dateInYear(monthDay: string, year: number): string | null {
  const m = /^--(\d{2})-(\d{2})$/.exec(monthDay);
  if (!m) return null;
  const iso = `${String(year).padStart(4, "0")}-${m[1]}-${m[2]}`;
  const dt = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(dt.getTime()) && dt.toISOString().slice(0, 10) === iso ? iso : null;
}

/**
 * Completes the year-less detection/disclosure dates of an extraction with the incident's year, known from elsewhere
 * (dated reports of the same incident in a batch, or the incident the report joins): each becomes the field's value,
 * with its evidence moved into `evidence`. Fields that already have a value are left alone.
 */
export function completeYear(x: Extraction, year: number | null): Extraction {
  if (year === null || !x.yearless?.length) return x;
  const out: Extraction = { ...x, evidence: [...x.evidence], yearless: [] };
  for (const e of x.yearless) {
    const field = e.field as "detected" | "disclosed";
    const iso = typeof e.value === "string" ? dateInYear(e.value, year) : null;
    if (!iso || (field !== "detected" && field !== "disclosed") || out[field] !== null) {
      out.yearless!.push(e);
      continue;
    }
    out[field] = iso;
    out.evidence.push({ ...e, value: iso });
  }
  if (!out.yearless!.length) delete out.yearless;
  return out;
}

/** The month (1–12) of an extraction's year-less event date, for grouping reports by time of year. */
export function yearlessMonth(x: Extraction): number | null {
  const e = x.yearless?.find((y) => y.field === "detected") ?? x.yearless?.[0];
  const m = typeof e?.value === "string" ? /^--(\d{2})-/.exec(e.value) : null;
  return m ? +m[1]! : null;
}
