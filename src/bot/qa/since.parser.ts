const DAY_MS = 86_400_000;

/** Weekday words (English, French) → JS day number. */
const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6,
};

const startOfDay = (d: Date): Date => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));

/**
 * The date a "since …" question refers to: an ISO date, a weekday (the most recent one before
 * today), yesterday, last week/month, or "N days". Null when the question names no date.
 */
export function parseSince(question: string, now: Date): Date | null {
  const q = question.toLowerCase();
  const iso = q.match(/\b(\d{4})-(\d{2})-(\d{2})\b/);
  if (iso) {
    const d = new Date(`${iso[1]}-${iso[2]}-${iso[3]}T00:00:00Z`);
    if (!Number.isNaN(d.getTime())) return d;
  }
  const today = startOfDay(now);
  const days = q.match(/\b(\d{1,3}) (days?|jours?)\b/);
  if (days) return new Date(today.getTime() - Number(days[1]) * DAY_MS);
  if (/\b(yesterday|hier)\b/.test(q)) return new Date(today.getTime() - DAY_MS);
  if (/\b(today|aujourd'hui)\b/.test(q)) return today;
  if (/\b(last|past) week\b|\bsemaine derni[eè]re\b/.test(q)) return new Date(today.getTime() - 7 * DAY_MS);
  if (/\b(last|past) month\b|\bmois dernier\b/.test(q)) return new Date(today.getTime() - 30 * DAY_MS);
  for (const [word, day] of Object.entries(WEEKDAYS)) {
    if (new RegExp(`\\b${word}\\b`).test(q)) {
      const back = (today.getUTCDay() - day + 7) % 7 || 7;
      return new Date(today.getTime() - back * DAY_MS);
    }
  }
  return null;
}
