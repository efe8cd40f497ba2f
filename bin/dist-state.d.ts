/** Folders and files dist/ is built from (relative to the project root). */
export declare const BUILT_FROM: string[];
/** dist/.build-stamp, relative to the project root. */
export declare const STAMP: string;
/** The build time recorded in dist/, or null when there is no complete build. */
export declare function buildTime(root: string): number | null;
/** True when dist/ exists and nothing it was built from changed since. */
export declare function distIsFresh(root: string): boolean;
