/**
 * Cutting text without breaking characters. Slicing a JS string by UTF-16 index can split an
 * emoji's surrogate pair (leaving a lone surrogate that Slack rejects as `invalid_blocks`) or a
 * grapheme cluster (a flag, a family emoji, a letter with a combining accent). These cut at
 * grapheme boundaries (Intl.Segmenter) and measure in UTF-16 code units, the most a platform
 * limit can count, so the result is never over the limit either.
 */
const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** The longest prefix of whole graphemes whose UTF-16 length is at most `max`. */
export function graphemePrefix(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = 0;
  for (const { index, segment } of segmenter.segment(text)) {
    if (index + segment.length > max) break;
    end = index + segment.length;
  }
  return text.slice(0, end);
}

/** `text` cut to at most `max` UTF-16 units, whole graphemes only, ending with `marker` when cut. */
export function truncateGraphemes(text: string, max: number, marker = "…"): string {
  if (text.length <= max) return text;
  return graphemePrefix(text, Math.max(0, max - marker.length)).trimEnd() + marker;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces lone surrogates (half an emoji) with U+FFFD, so the text can be sent as valid UTF-8. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, "\uFFFD");
}
