import { bounded } from "./text.normalizer.js";

/** Compiles a list of folded regex sources into one word-bounded alternation (global when asked). */
export function cueRegex(cues: readonly string[], global = false): RegExp {
  const sorted = [...cues].sort((a, b) => b.length - a.length);
  return new RegExp(bounded(sorted.join("|")), global ? "g" : "");
}

/** Same, anchored at the end of a string (for left contexts). */
export function cueRegexAtEnd(cues: readonly string[]): RegExp {
  return new RegExp(`(?<![a-z0-9])(?:${cues.join("|")})\\s*$`);
}

/** A lazily built value: built on first use, then cached. */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}
