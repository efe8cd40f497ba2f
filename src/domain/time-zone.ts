/** The canonical IANA zone name ("europe/paris" → "Europe/Paris"), or null when Intl does not know it. */
export function checkTimeZone(tz: string): string | null {
  try {
    return new Intl.DateTimeFormat("en-GB", { timeZone: tz }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}
