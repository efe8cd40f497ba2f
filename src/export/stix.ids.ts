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

/** Namespace bytes followed by room for the name: ids are minted without allocating (hundreds of thousands per export). */
const SCRATCH = Buffer.alloc(16 + 4096);
NAMESPACE_BYTES.copy(SCRATCH, 0);

/**
 * A deterministic STIX id: `<type>--<UUIDv5(namespace, "<type>:<key>")>`. The same key always gives
 * the same id, so a re-export updates the objects a platform already holds instead of duplicating them.
 */
export function stixId(type: string, key: string): string {
  const name = `${type}:${key}`;
  // One-shot hash over the namespace bytes and the UTF-8 name: the same digest as uuidv5(), faster.
  // A UTF-16 code unit is at most 3 UTF-8 bytes, so a name of this length always fits the scratch buffer.
  const data = name.length * 3 <= SCRATCH.length - 16
    ? SCRATCH.subarray(0, 16 + SCRATCH.write(name, 16))
    : Buffer.concat([NAMESPACE_BYTES, Buffer.from(name, "utf8")]);
  return `${type}--${formatV5(hash("sha1", data, "hex"))}`;
}

/** Name keys fold Unicode forms, case and runs of spaces, so "Qantas " and "QANTAS" do not become two objects. */
export function nameKey(name: string): string {
  return name.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}
