import { createHash, hash } from "node:crypto";

/** RFC 4122 namespace for URLs. */
const URL_NAMESPACE = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";

function uuidBytes(uuid: string): Buffer {
  return Buffer.from(uuid.replace(/-/g, ""), "hex");
}

/** RFC 4122 name-based UUID, version 5 (SHA-1). */
export function uuidv5(namespace: string, name: string): string {
  const digest = createHash("sha1").update(uuidBytes(namespace)).update(name, "utf8").digest("hex");
  return formatV5(digest);
}

/** The UUID text of a SHA-1 hex digest with the version (5) and variant (RFC 4122) bits set. */
function formatV5(hex: string): string {
  const version = `5${hex.slice(13, 16)}`;
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16).padStart(2, "0") + hex.slice(18, 20);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${version}-${variant}-${hex.slice(20, 32)}`;
}

/** Breach Radar's own namespace for every STIX id it mints. Never change it: ids would change with it. */
export const BREACH_RADAR_NAMESPACE = uuidv5(URL_NAMESPACE, "https://github.com/breach-radar/breach-radar#stix");
const NAMESPACE_BYTES = uuidBytes(BREACH_RADAR_NAMESPACE);

/**
 * A deterministic STIX id: `<type>--<UUIDv5(namespace, "<type>:<key>")>`. The same key always gives
 * the same id, so a re-export updates the objects a platform already holds instead of duplicating them.
 */
export function stixId(type: string, key: string): string {
  // One-shot hash over the namespace bytes (as latin1 text) and the UTF-8 name: the same digest as uuidv5(), faster.
  return `${type}--${formatV5(hash("sha1", Buffer.concat([NAMESPACE_BYTES, Buffer.from(`${type}:${key}`, "utf8")]), "hex"))}`;
}

/** Name keys fold Unicode forms, case and runs of spaces, so "Qantas " and "QANTAS" do not become two objects. */
export function nameKey(name: string): string {
  return name.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}
