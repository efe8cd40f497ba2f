import { DATA_CLASS_LABELS, type DataClass } from "../../domain/data-class.js";
import type { Source } from "../../domain/incident.js";

/** 6000000 → "6M", 5700000 → "5.7M", 48000 → "48,000". */
export function formatCount(n: number): string {
  if (n >= 1_000_000) return `${trim(n / 1_000_000)}M`;
  return n.toLocaleString("en-US");
}

const trim = (x: number): string => (Math.round(x * 10) / 10).toString();

/** ISO calendar date of a Date (UTC), or the string as given. */
export function formatDate(d: Date | string | null | undefined): string {
  if (!d) return "unknown";
  return typeof d === "string" ? d.slice(0, 10) : d.toISOString().slice(0, 10);
}

export const classLabel = (c: DataClass): string => DATA_CLASS_LABELS[c] ?? c;

/** "The Record", or the host name when the outlet is unknown. */
export function outletOf(source: Pick<Source, "outlet" | "url">): string {
  if (source.outlet) return source.outlet;
  try {
    return new URL(source.url).hostname.replace(/^www\./, "");
  } catch {
    return "unknown outlet";
  }
}

/** "The Record, 2025-07-02". */
export function sourceNote(source: Source): string {
  return source.publishedAt ? `${outletOf(source)}, ${formatDate(source.publishedAt)}` : outletOf(source);
}

/** "1 watch", "9 watches", "2 sources": English plural of the nouns the views count. */
export const plural = (n: number, word: string): string => `${n} ${n === 1 ? word : /(s|x|z|ch|sh)$/.test(word) ? `${word}es` : `${word}s`}`;

/** Formats a fact value of any field for display. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return "unknown";
  if (typeof value === "number") return formatCount(value);
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (Array.isArray(value)) return value.map(formatValue).join(", ");
  if (typeof value === "object" && "name" in value) {
    const v = value as { name: unknown; role?: unknown };
    return v.role ? `${String(v.name)} (${String(v.role)})` : String(v.name);
  }
  return String(value);
}
