/**
 * V8 settings for a streaming export process. An export allocates a lot of short-lived JSON; a larger
 * young generation keeps it out of the old generation (less GC work), and a capped old generation makes
 * V8 collect instead of growing, so the process stays well under 300 MB however many incidents it writes.
 * An initial old generation of 64 MB lets the few long-lived things (the ids of shared objects already
 * written) grow without a full collection every few MB (V8 starts with a small limit and raises it
 * collection by collection: measured 9 → 4 full collections per 10k incidents).
 * `bin/breach-radar.js` starts `export` with these; the export bench measures the same.
 */
export const EXPORT_NODE_FLAGS: readonly string[] = ["--max-semi-space-size=32", "--max-old-space-size=128", "--initial-old-space-size=64"];
