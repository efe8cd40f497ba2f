import type { Clock } from "../clock.js";

/**
 * Per-key token buckets: `perMinute` requests per minute with bursts up to the same number.
 * In memory, per process (each replica limits on its own). Keys idle for a full window are dropped.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly clock: Clock) {}

  /** Takes one request from the key's bucket: null when allowed, else the seconds to wait. */
  take(key: string, perMinute: number): number | null {
    const now = this.clock.now().getTime();
    const rate = perMinute / 60_000;
    const bucket = this.buckets.get(key) ?? { tokens: perMinute, at: now };
    bucket.tokens = Math.min(perMinute, bucket.tokens + (now - bucket.at) * rate);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (this.buckets.size > 10_000) this.sweep(now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return null;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / rate / 1000));
  }

  private sweep(now: number): void {
    for (const [key, b] of this.buckets) if (now - b.at > 60_000) this.buckets.delete(key);
  }
}
