// Whether dist/ (the compiled build, see bin/build.js) matches the sources. The launcher runs dist/
// only when it is fresh: no file under the built folders is newer than the build, so an edited
// source file is never shadowed by an old build (the sources then run through tsx).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** Folders whose files dist/ is built from (relative to the project root). */
export const BUILT_FROM = ["src", "adapters", "prisma/migrations", "tsconfig.json", "tsconfig.build.json"];
export const STAMP = join("dist", ".build-stamp");

function newestMtime(path) {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** The build time recorded in dist/, or null when there is no complete build. */
export function buildTime(root) {
  const stamp = join(root, STAMP);
  if (!existsSync(stamp)) return null;
  try {
    const value = JSON.parse(readFileSync(stamp, "utf8")).builtAt;
    return typeof value === "number" ? value : null;
  } catch {
    return null;
  }
}

/** True when dist/ exists and nothing it was built from changed since. */
export function distIsFresh(root) {
  const built = buildTime(root);
  if (built === null) return false;
  return BUILT_FROM.every((p) => newestMtime(join(root, p)) <= built);
}
