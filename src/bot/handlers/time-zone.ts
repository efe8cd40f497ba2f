import { closest } from "../text/edit-distance.js";

/** The canonical IANA zone name, or null when Intl does not know it. */
export function checkTimeZone(tz: string): string | null {
  try {
    return new Intl.DateTimeFormat("en-GB", { timeZone: tz }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** A known zone close to a mistyped one ("Europe/Pari" → "Europe/Paris"). */
export function suggestTimeZone(tz: string): string | null {
  const zones = Intl.supportedValuesOf("timeZone");
  const lower = tz.toLowerCase();
  const guess = closest(lower, zones.map((z) => z.toLowerCase()));
  return zones.find((z) => z.toLowerCase() === guess) ?? null;
}
