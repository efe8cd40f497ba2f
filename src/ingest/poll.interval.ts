/** Polling interval for the stand-alone `ingest` loop, read from a FEED_POLL_CRON expression. */
const PATTERNS: { re: RegExp; ms: (m: RegExpExecArray) => number }[] = [
  { re: /^\*\/(\d+) \* \* \* \*$/, ms: (m) => Number(m[1]) * 60_000 },
  { re: /^\d+ \*\/(\d+) \* \* \*$/, ms: (m) => Number(m[1]) * 3_600_000 },
  { re: /^\d+ \* \* \* \*$/, ms: () => 3_600_000 },
  { re: /^\* \* \* \* \*$/, ms: () => 60_000 },
];

/** "* /15 * * * *" → 15 min; "0 * /2 * * *" → 2 h; anything else → 15 min. Never below one minute. */
export function pollIntervalMs(cron: string): number {
  const text = cron.trim().replace(/\s+/g, " ");
  for (const { re, ms } of PATTERNS) {
    const m = re.exec(text);
    if (m) return Math.max(ms(m), 60_000);
  }
  return 15 * 60_000;
}
