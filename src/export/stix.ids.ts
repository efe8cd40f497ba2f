import { createHash } from "node:crypto";

/** RFC 4122 namespace for URLs. */
const URL_NAMESPACE = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";

function uuidBytes(uuid: string): Buffer {
  return Buffer.from(uuid.replace(/-/g, ""), "hex");
}

/** RFC 4122 name-based UUID, version 5 (SHA-1). */
export function uuidv5(namespace: string, name: string): string {
  const hash = createHash("sha1").update(uuidBytes(namespace)).update(name, "utf8").digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** Breach Radar's own namespace for every STIX id it mints. Never change it: ids would change with it. */
export const BREACH_RADAR_NAMESPACE = uuidv5(URL_NAMESPACE, "https://github.com/breach-radar/breach-radar#stix");

/**
 * A deterministic STIX id: `<type>--<UUIDv5(namespace, "<type>:<key>")>`. The same key always gives
 * the same id, so a re-export updates the objects a platform already holds instead of duplicating them.
 */
export function stixId(type: string, key: string): string {
  return `${type}--${uuidv5(BREACH_RADAR_NAMESPACE, `${type}:${key}`)}`;
}

/** Name keys fold Unicode forms, case and runs of spaces, so "Qantas " and "QANTAS" do not become two objects. */
export function nameKey(name: string): string {
  return name.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}
