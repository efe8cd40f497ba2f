import { BlockList, isIP } from "node:net";

/**
 * Address ranges a user-supplied URL must never reach (SSRF): unspecified, loopback,
 * private, CGNAT, link-local, multicast, documentation and reserved ranges. Data, not code.
 */
const BLOCKED_V4: [string, number][] = [
  ["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16],
  ["172.16.0.0", 12], ["192.0.0.0", 24], ["192.0.2.0", 24], ["192.88.99.0", 24], ["192.168.0.0", 16],
  ["198.18.0.0", 15], ["198.51.100.0", 24], ["203.0.113.0", 24], ["224.0.0.0", 4], ["240.0.0.0", 4],
];
const BLOCKED_V6: [string, number][] = [
  ["::", 128], ["::1", 128], ["100::", 64], ["2001:db8::", 32], ["fc00::", 7], ["fe80::", 10],
  ["fec0::", 10], ["ff00::", 8],
];

const blocked = new BlockList();
for (const [net, prefix] of BLOCKED_V4) blocked.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of BLOCKED_V6) blocked.addSubnet(net, prefix, "ipv6");

/** Expands an IPv6 address into its eight 16-bit groups (handles "::" and a dotted IPv4 tail). */
export function ipv6Groups(address: string): number[] | null {
  let text = address.replace(/^\[|\]$/g, "").split("%")[0] ?? "";
  const v4Tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4Tail?.[1]) {
    const parts = v4Tail[1].split(".").map(Number);
    const hex = [((parts[0] ?? 0) << 8) | (parts[1] ?? 0), ((parts[2] ?? 0) << 8) | (parts[3] ?? 0)];
    text = text.slice(0, -v4Tail[1].length) + hex.map((h) => h.toString(16)).join(":");
  }
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(":") : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(":") : [];
  const fill = halves.length === 2 ? 8 - head.length - tail.length : 0;
  const groups = [...head, ...Array<string>(Math.max(fill, 0)).fill("0"), ...tail].map((g) => parseInt(g, 16));
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

/** The IPv4 address embedded in an IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible or NAT64 IPv6 address. */
export function embeddedIPv4(address: string): string | null {
  const g = ipv6Groups(address);
  if (!g) return null;
  const zeros = (from: number, to: number) => g.slice(from, to).every((x) => x === 0);
  const mapped = zeros(0, 5) && (g[5] === 0xffff || g[5] === 0);
  const nat64 = g[0] === 0x64 && g[1] === 0xff9b && zeros(2, 6);
  if (!mapped && !nat64) return null;
  if (mapped && g[5] === 0 && (g[6] ?? 0) === 0) return null; // "::" and "::1" are not IPv4-compatible forms
  const hi = g[6] ?? 0;
  const lo = g[7] ?? 0;
  return [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff].join(".");
}

/** True when the address is not a public unicast address (IPv4 or IPv6, incl. IPv4-mapped IPv6). */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, "").split("%")[0] ?? "";
  const family = isIP(bare);
  if (family === 4) return blocked.check(bare, "ipv4");
  if (family !== 6) return true; // not an address at all: refuse
  const v4 = embeddedIPv4(bare);
  if (v4) return blocked.check(v4, "ipv4");
  return blocked.check(bare, "ipv6");
}

/**
 * The FETCH_ALLOW_PRIVATE allow-list: host names (exact, case-insensitive), single
 * addresses or CIDRs that may be reached even though they are private.
 */
export interface AddressAllowList {
  allowsHost(hostname: string): boolean;
  allowsAddress(address: string): boolean;
}

/** An allow-list entry: a host name, a single address or a CIDR. */
export type AllowEntry = { kind: "host"; name: string } | { kind: "net"; net: string; prefix: number; family: "ipv4" | "ipv6" };

/** Parses one FETCH_ALLOW_PRIVATE entry; a string is the reason it is not valid. */
export function parseAllowEntry(raw: string): AllowEntry | string {
  const entry = raw.trim().toLowerCase().replace(/^\[|\]$/g, "");
  const [net = "", prefixText, extra] = entry.split("/");
  const family = isIP(net.replace(/^\[|\]$/g, ""));
  if (family === 0) {
    if (prefixText !== undefined) return `"${raw}" is not an address/prefix`;
    return HOST_NAME.test(entry) ? { kind: "host", name: entry.replace(/\.$/, "") } : `"${raw}" is not a host name, address or CIDR`;
  }
  const max = family === 4 ? 32 : 128;
  const prefix = prefixText === undefined ? max : Number(prefixText);
  if (extra !== undefined || (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) || !Number.isInteger(prefix) || prefix < 0 || prefix > max) return `"${raw}" has a bad prefix length (0–${max})`;
  return { kind: "net", net: net.replace(/^\[|\]$/g, ""), prefix, family: family === 4 ? "ipv4" : "ipv6" };
}

const HOST_NAME = /^(?=.{1,253}\.?$)[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*\.?$/;

/**
 * The FETCH_ALLOW_PRIVATE allow-list: host names (exact, case-insensitive), single addresses or
 * CIDRs that may be reached even though they are private. `resolved` adds the addresses the host
 * names resolve to, so `localhost` also covers http://127.0.0.1/ (see resolveAllowList).
 * Invalid entries are ignored here; the config schema rejects them at start-up.
 */
export function createAllowList(entries: readonly string[], resolved: readonly string[] = []): AddressAllowList {
  const hosts = new Set<string>();
  const list = new BlockList();
  for (const raw of entries) {
    const entry = parseAllowEntry(raw);
    if (typeof entry === "string") continue;
    if (entry.kind === "host") hosts.add(entry.name);
    else list.addSubnet(entry.net, entry.prefix, entry.family);
  }
  for (const address of resolved) {
    const family = isIP(address);
    if (family !== 0) list.addAddress(address, family === 4 ? "ipv4" : "ipv6");
  }
  return {
    allowsHost: (hostname) => hosts.has(hostname.toLowerCase().replace(/^\[|\]$/g, "").replace(/\.$/, "")),
    allowsAddress: (address) => {
      const bare = address.replace(/^\[|\]$/g, "");
      const family = isIP(bare);
      if (family === 0) return false;
      const v4 = family === 6 ? embeddedIPv4(bare) : null;
      if (v4 && list.check(v4, "ipv4")) return true;
      return list.check(bare, family === 4 ? "ipv4" : "ipv6");
    },
  };
}

/**
 * The allow-list with its host names resolved to addresses (a name that does not resolve still
 * matches by name). `lookup` returns every address of a name.
 */
export async function resolveAllowList(entries: readonly string[], lookup: (hostname: string) => Promise<string[]>): Promise<AddressAllowList> {
  const resolved: string[] = [];
  for (const raw of entries) {
    const entry = parseAllowEntry(raw);
    if (typeof entry === "string" || entry.kind !== "host") continue;
    try {
      resolved.push(...(await lookup(entry.name)));
    } catch {
      // Offline or unknown name: it is still allowed by name.
    }
  }
  return createAllowList(entries, resolved);
}

/** Whether a connection to `address` (resolved for `hostname`) is permitted under the policy. */
export function isAddressPermitted(address: string, hostname: string, allow: AddressAllowList): boolean {
  if (!isPrivateAddress(address)) return true;
  return allow.allowsHost(hostname) || allow.allowsAddress(address);
}
