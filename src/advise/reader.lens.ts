import type { AdviceLens } from "../domain/advice.js";
import type { Incident } from "../domain/incident.js";
import type { ReaderProfile } from "../domain/reader-profile.js";
import { vendorFlagFor } from "./profile.match.js";

/** What the workspace profile says about the reader's relation to an incident. */
export interface ReaderFacts {
  hasProfile: boolean;
  /** The profile's organisation is one of the victims (or their group). */
  isVictim: boolean;
  /** The profile's stack holds the incident's vendor or integration. */
  usesVendor: boolean;
  /** The profile lists a stack at all (else "uses the vendor" is unknown). */
  stackKnown: boolean;
  /** The profile's sector is the incident's (null: unknown). */
  sameSector: boolean | null;
  /** The profile says the organisation is listed (null: not said). */
  listed: boolean | null;
  /** The profile's jurisdictions (upper case; "US-CA" also gives "US"). */
  jurisdictions: ReadonlySet<string>;
}

const NO_PROFILE: ReaderFacts = { hasProfile: false, isVictim: false, usesVendor: false, stackKnown: false, sameSector: null, listed: null, jurisdictions: new Set() };

const orgKey = (s: string): string => s.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9]+/g, " ").trim();

/** "Qantas" is "Qantas" or "Qantas Airways"; never a substring in the middle ("Air" is not "Air France"). */
function sameOrg(a: string, b: string): boolean {
  const x = orgKey(a);
  const y = orgKey(b);
  if (!x || !y) return false;
  return x === y || y.startsWith(`${x} `) || x.startsWith(`${y} `);
}

/** The reader's relation to the incident, from the workspace profile. Pure. */
export function readerFactsOf(incident: Incident, profile: ReaderProfile | undefined): ReaderFacts {
  if (!profile) return NO_PROFILE;
  const org = profile.organisation ?? "";
  const isVictim = org !== "" && [...incident.victims, incident.victimGroup ?? ""].some((v) => v !== "" && sameOrg(org, v));
  const flag = vendorFlagFor(incident, profile);
  const jurisdictions = new Set<string>();
  for (const j of profile.jurisdictions) {
    const up = j.toUpperCase();
    jurisdictions.add(up);
    jurisdictions.add(up.split("-")[0]!);
  }
  return {
    hasProfile: true,
    isVictim,
    usesVendor: flag !== null && flag.hits.some((h) => h.via === "platform"),
    stackKnown: profile.stack.length > 0,
    sameSector: profile.sector ? profile.sector === incident.sector : null,
    listed: profile.listed,
    jurisdictions,
  };
}

type Shown = { lens: AdviceLens; assumed: boolean };
const SHOWN: Record<AdviceLens, { assumed: Shown; stated: Shown }> = Object.fromEntries(
  (["victim", "same_vendor", "same_sector", "customers_of_victim", "general"] as const).map((l) => [l, { assumed: { lens: l, assumed: true }, stated: { lens: l, assumed: false } }]),
) as Record<AdviceLens, { assumed: Shown; stated: Shown }>;

/** The lens an action is shown under for this reader, or null when it does not apply to them (shared, frozen results). */
export function lensFor(lens: AdviceLens, r: ReaderFacts): Readonly<Shown> | null {
  const s = SHOWN[lens];
  if (!r.hasProfile) return s.assumed;
  switch (lens) {
    // Victim-only duties never reach a reader who is not the victim.
    case "victim": return r.isVictim ? s.stated : null;
    // A stack that does not hold the vendor rules the platform checks out; an unknown stack keeps them, as an assumption.
    case "same_vendor": return r.usesVendor ? s.stated : r.stackKnown ? null : s.assumed;
    // The attacker's playbook matters to anyone; it is "ours" only in the same sector.
    case "same_sector": return r.sameSector === false ? SHOWN.general.stated : r.sameSector === null ? s.assumed : s.stated;
    case "customers_of_victim": return r.isVictim ? s.stated : s.assumed;
    case "general": return s.stated;
  }
}
