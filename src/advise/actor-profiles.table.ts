import type { ActorKind } from "../knowledge/types.js";

/** What defenders should hunt for when a named actor is involved. */
export interface ActorProfile {
  name: string;
  aliases: string[];
  kind: ActorKind;
  /** Known techniques, phrased as things to hunt for (no platform names: they must hold for any victim). */
  ttps: string[];
}

/** One line per actor. Kinds "extortion_group" and "ransomware" raise severity. */
export const ACTOR_PROFILES: readonly ActorProfile[] = [
  { name: "ShinyHunters", aliases: ["shiny hunters"], kind: "extortion_group",
    ttps: ["voice-phishing calls to staff posing as IT support", "staff being talked into authorising a look-alike connected app", "extortion emails demanding payment to stop a leak"] },
  { name: "Scattered Spider", aliases: ["unc3944", "octo tempest", "0ktapus", "muddled libra", "scatter swine", "storm-0875"], kind: "extortion_group",
    ttps: ["help-desk calls impersonating employees to reset MFA or enrol a new device", "SIM-swap and MFA-fatigue attempts against staff", "new remote-access tools on staff machines"] },
  { name: "Scattered Lapsus$ Hunters", aliases: ["slsh", "scattered lapsus hunters", "scattered lapsus$ hunters"], kind: "extortion_group",
    ttps: ["help-desk and IT-support impersonation calls", "abuse of stolen OAuth tokens of connected apps", "leak-site extortion of victims and their customers"] },
  { name: "UNC6040", aliases: [], kind: "cluster",
    ttps: ["voice-phishing calls posing as IT support", "staff being asked to approve a modified data-export app", "large data queries from VPN or Tor exit addresses"] },
  { name: "UNC6395", aliases: ["grub1"], kind: "cluster",
    ttps: ["API queries with stolen OAuth tokens of a sales-engagement integration", "searches of exported records for access keys and tokens"] },
  { name: "Lapsus$", aliases: ["lapsus", "dev-0537", "strawberry tempest"], kind: "extortion_group",
    ttps: ["bought or bribed insider credentials", "SIM swapping of staff", "MFA-fatigue prompts"] },
  { name: "Cl0p", aliases: ["clop", "cl0p", "ta505", "fin11"], kind: "ransomware",
    ttps: ["mass exploitation of managed file-transfer servers", "web shells on file-transfer hosts", "data-theft extortion without encryption"] },
  { name: "DragonForce", aliases: ["dragon force"], kind: "ransomware", ttps: ["encryption of virtualisation hosts", "double extortion through a leak site"] },
  { name: "LockBit", aliases: ["lockbit 3.0", "lockbit black"], kind: "ransomware", ttps: ["exploitation of edge devices", "encryption after data theft"] },
  { name: "ALPHV", aliases: ["blackcat", "alphv/blackcat"], kind: "ransomware", ttps: ["encryption of virtualisation hosts", "double extortion through a leak site"] },
  { name: "RansomHub", aliases: [], kind: "ransomware", ttps: ["exploitation of unpatched internet-facing services", "security-tool tampering before encryption"] },
  { name: "Akira", aliases: [], kind: "ransomware", ttps: ["VPN logins without MFA", "encryption of virtualisation hosts"] },
  { name: "Qilin", aliases: ["agenda"], kind: "ransomware", ttps: ["remote-access logins with stolen credentials", "double extortion through a leak site"] },
  { name: "Play", aliases: ["playcrypt"], kind: "ransomware", ttps: ["exploitation of edge devices", "double extortion through a leak site"] },
];

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, " ").trim();
const BY_NAME: ReadonlyMap<string, ActorProfile> = new Map(
  ACTOR_PROFILES.flatMap((p) => [p.name, ...p.aliases].map((n) => [norm(n), p] as const)),
);

/** The profile for an actor name as stored on an incident, or null. */
export function actorProfileOf(name: string): ActorProfile | null {
  return BY_NAME.get(norm(name)) ?? null;
}
