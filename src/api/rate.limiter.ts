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
    const bucket = this.refill(key, perMinute);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return null;
    }
    return waitSec(bucket.tokens, perMinute);
  }

  /** Like take() without taking: null while the key has a request left, else the seconds to wait. */
  peek(key: string, perMinute: number): number | null {
    const bucket = this.buckets.get(key);
    if (!bucket) return null;
    const tokens = Math.min(perMinute, bucket.tokens + (this.clock.now().getTime() - bucket.at) * (perMinute / 60_000));
    return tokens >= 1 ? null : waitSec(tokens, perMinute);
  }

  private refill(key: string, perMinute: number): { tokens: number; at: number } {
    const now = this.clock.now().getTime();
    const bucket = this.buckets.get(key) ?? { tokens: perMinute, at: now };
    bucket.tokens = Math.min(perMinute, bucket.tokens + (now - bucket.at) * (perMinute / 60_000));
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (this.buckets.size > 10_000) this.sweep(now);
    return bucket;
  }

  private sweep(now: number): void {
    for (const [key, b] of this.buckets) if (now - b.at > 60_000) this.buckets.delete(key);
  }
}

/** Seconds until a bucket holding `tokens` has one whole request again. */
const waitSec = (tokens: number, perMinute: number): number => Math.max(1, Math.ceil((1 - tokens) / (perMinute / 60_000) / 1000));
