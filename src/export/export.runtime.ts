/**
 * V8 settings for a streaming export process. An export allocates a lot of short-lived JSON; a larger
 * young generation keeps it out of the old generation (less GC work), and a capped old generation makes
 * V8 collect instead of growing, so the process stays well under 300 MB however many incidents it writes.
 * `bin/breach-radar.js` starts `export` with these; the export bench measures the same.
 */
export const EXPORT_NODE_FLAGS: readonly string[] = ["--max-semi-space-size=32", "--max-old-space-size=128"];
