import { closest } from "../text/edit-distance.js";

export { checkTimeZone } from "../../domain/time-zone.js";

/** A known zone close to a mistyped one ("Europe/Pari" → "Europe/Paris"). */
export function suggestTimeZone(tz: string): string | null {
  const zones = Intl.supportedValuesOf("timeZone");
  const lower = tz.toLowerCase();
  const guess = closest(lower, zones.map((z) => z.toLowerCase()));
  return zones.find((z) => z.toLowerCase() === guess) ?? null;
}
