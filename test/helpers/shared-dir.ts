/**
 * Where the workspace's shared material lives (the OASIS STIX schemas, the reference TAXII client,
 * the dev corpus and seeds): `BREACH_RADAR_SHARED` when set, else the first `shared` folder beside
 * the project or beside one of its parent folders (a clone at /tmp/x finds /work/shared only through
 * the variable). Tests that need it fail with this explanation rather than a bare ENOENT.
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

function candidates(): string[] {
  const out: string[] = [];
  if (process.env.BREACH_RADAR_SHARED) out.push(resolve(process.env.BREACH_RADAR_SHARED));
  for (let dir = projectRoot; ; dir = dirname(dir)) {
    out.push(join(dirname(dir), "shared"));
    if (dirname(dir) === dir) break;
  }
  out.push("/work/shared");
  return out;
}

/** The shared folder, or null when there is none on this machine. */
export function findSharedDir(): string | null {
  return candidates().find((dir) => existsSync(join(dir, "stix2.1-json-schemas"))) ?? null;
}

/** A path inside the shared folder; throws a clear error when the folder cannot be found. */
export function sharedPath(...parts: string[]): string {
  const dir = findSharedDir();
  if (!dir) throw new Error(`the shared folder (OASIS schemas, TAXII client, corpus) was not found: set BREACH_RADAR_SHARED (looked in ${candidates().join(", ")})`);
  return join(dir, ...parts);
}
