import { resolveActorName } from "../knowledge/gazetteer/actor-names.js";
import type { ActorKind } from "../knowledge/types.js";
import type { PlaybookId } from "./playbooks/playbooks.table.js";

/**
 * What defenders should hunt for when a named actor is involved. Names and aliases are the gazetteer's
 * (src/knowledge/gazetteer): this table keeps only techniques and the playbooks they come from.
 */
export interface ActorProfile {
  /** Canonical gazetteer name, or the distinct cluster ("UNC6040") the incident's name denotes. */
  name: string;
  kind: ActorKind;
  /** Known techniques, phrased as things to hunt for (no platform names: they must hold for any victim). */
  ttps: string[];
  /** Techniques that work by talking to people (calls to staff or the help desk): never advised for a credential-based intrusion. */
  phoneTtps: string[];
  playbooks: PlaybookId[];
}

type Techniques = Pick<ActorProfile, "ttps" | "phoneTtps" | "playbooks">;

/**
 * Techniques by canonical name or distinct cluster. UNC6040, UNC6395 and UNC5537 keep their own lines even
 * where the press (and our labels) fold them into ShinyHunters; ShinyHunters' own line is its extortion.
 */
const TECHNIQUES: Readonly<Record<string, Techniques>> = {
  "ShinyHunters": { ttps: ["extortion emails to staff demanding payment to stop a leak", "stolen databases offered for sale or leaked on forums and leak sites"], phoneTtps: [], playbooks: ["extortion"] },
  "UNC6240": { ttps: ["extortion emails and calls to staff after a data theft, signed as ShinyHunters", "leak-site posts naming victims"], phoneTtps: [], playbooks: ["extortion"] },
  "UNC6040": {
    ttps: ["approval of a modified data-export connected app nobody ordered", "large data queries from VPN or Tor exit addresses"],
    phoneTtps: ["voice-phishing calls posing as IT support"], playbooks: ["crm-vishing"],
  },
  "UNC6395": { ttps: ["API queries with stolen OAuth tokens of a sales-engagement integration", "searches of exported records for access keys and tokens"], phoneTtps: [], playbooks: ["drift-oauth"] },
  "GRUB1": { ttps: ["API queries with stolen OAuth tokens of a sales-engagement integration", "searches of exported records for access keys and tokens"], phoneTtps: [], playbooks: ["drift-oauth"] },
  "UNC5537": {
    ttps: ["logins with credentials harvested by infostealer malware on accounts without MFA", "bulk queries and stage-and-export of tables from a cloud data warehouse"],
    phoneTtps: [], playbooks: ["snowflake-infostealer"],
  },
  "Scattered Spider": {
    ttps: ["new remote-access tools on staff machines"],
    phoneTtps: ["help-desk calls impersonating employees to reset MFA or enrol a new device", "SIM-swap and MFA-fatigue attempts against staff"], playbooks: ["helpdesk-impersonation"],
  },
  "Scattered Lapsus$ Hunters": {
    ttps: ["abuse of stolen OAuth tokens of connected apps", "leak-site extortion of victims and their customers"],
    phoneTtps: ["help-desk and IT-support impersonation calls"], playbooks: ["helpdesk-impersonation", "extortion"],
  },
  "LAPSUS$": { ttps: ["bought or bribed insider credentials"], phoneTtps: ["SIM swapping of staff", "MFA-fatigue prompts"], playbooks: ["helpdesk-impersonation"] },
  "Clop": { ttps: ["mass exploitation of managed file-transfer servers", "web shells on file-transfer hosts", "data-theft extortion without encryption"], phoneTtps: [], playbooks: ["vulnerability", "extortion"] },
  "DragonForce": { ttps: ["encryption of virtualisation hosts", "double extortion through a leak site"], phoneTtps: [], playbooks: ["ransomware", "extortion"] },
  "LockBit": { ttps: ["exploitation of edge devices", "encryption after data theft"], phoneTtps: [], playbooks: ["ransomware"] },
  "ALPHV": { ttps: ["encryption of virtualisation hosts", "double extortion through a leak site"], phoneTtps: [], playbooks: ["ransomware", "extortion"] },
  "RansomHub": { ttps: ["exploitation of unpatched internet-facing services", "security-tool tampering before encryption"], phoneTtps: [], playbooks: ["ransomware"] },
  "Akira": { ttps: ["VPN logins without MFA", "encryption of virtualisation hosts"], phoneTtps: [], playbooks: ["ransomware"] },
  "Qilin": { ttps: ["remote-access logins with stolen credentials", "double extortion through a leak site"], phoneTtps: [], playbooks: ["ransomware", "extortion"] },
  "Play": { ttps: ["exploitation of edge devices", "double extortion through a leak site"], phoneTtps: [], playbooks: ["ransomware", "extortion"] },
};

const cache = new Map<string, ActorProfile | null>();

/** The technique profile for an actor name as stored on an incident (resolved through the gazetteer), or null. */
export function actorProfileOf(name: string): ActorProfile | null {
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  const r = resolveActorName(name);
  const profileName = r.cluster ?? r.name;
  const t = TECHNIQUES[profileName];
  const profile = t && r.kind ? { name: profileName, kind: r.cluster ? "cluster" as const : r.kind, ...t } : null;
  if (cache.size < 1000) cache.set(name, profile);
  return profile;
}

/** Every profiled name (canonical or cluster), for tests. */
export const ACTOR_PROFILES: readonly string[] = Object.keys(TECHNIQUES);
