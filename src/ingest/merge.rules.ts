import { countWords } from "../domain/field-labels.js";
import type { ActorRole, AttackVector } from "../domain/incident.js";

/** Reports dated this close to an existing incident's dates may describe the same event. */
export const SAME_EVENT_WINDOW_DAYS = 90;
/** Within this many days, a different attack vector alone does not split an incident. */
export const VECTOR_CLASH_GRACE_DAYS = 30;
/** Incidents sharing a vendor, actor or vector within this window form a campaign. */
export const CAMPAIGN_WINDOW_DAYS = 120;
/** Feed items whose text is shorter than this are summaries: the page is fetched for the full text. */
export const SHORT_CONTENT_CHARS = 600;

/** Vectors that reporting uses interchangeably for one intrusion (voice phishing is social engineering …). */
export const VECTOR_FAMILIES: AttackVector[][] = [
  ["vishing", "social_engineering", "phishing", "oauth_app", "stolen_credentials"],
  ["stolen_credentials", "credential_stuffing"],
  ["vulnerability", "misconfiguration"],
  ["ransomware", "stolen_credentials", "vulnerability", "phishing", "social_engineering"],
];

/** Strength of an actor role: attributed > claimed > suspected. */
export const ROLE_RANK: Record<ActorRole, number> = { suspected: 0, claimed: 1, attributed: 2 };

/** Kind of vector label used in campaign names ("2025 voice-phishing wave"). */
export const VECTOR_CAMPAIGN_LABELS: Record<AttackVector, string> = {
  vishing: "voice-phishing",
  social_engineering: "help-desk social-engineering",
  phishing: "phishing",
  oauth_app: "malicious OAuth app",
  stolen_credentials: "stolen-credential",
  credential_stuffing: "credential-stuffing",
  ransomware: "ransomware",
  misconfiguration: "misconfigured-database",
  vulnerability: "software-vulnerability",
  insider: "insider",
};

/** How a sector reads in an actor campaign name ("2025 Scattered Spider retail intrusions"). */
export const SECTOR_CAMPAIGN_LABELS: Record<string, string> = { airline: "airline", retail: "retail", other: "" };

export function vectorsCompatible(a: AttackVector | null, b: AttackVector | null): boolean {
  if (!a || !b || a === b) return true;
  return VECTOR_FAMILIES.some((family) => family.includes(a) && family.includes(b));
}

/** 5700000 → "5.7M", 6000000 → "6M", 850000 → "850K", 312 → "312". */
export const formatCount = countWords;

/** Whole days between two ISO dates / Dates (absolute). */
export function daysBetween(a: string | Date, b: string | Date): number {
  return Math.abs(new Date(a).getTime() - new Date(b).getTime()) / 86_400_000;
}

/** "Air France-KLM" → "air-france-klm"; ASCII, lower-case, hyphens. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60) || "incident";
}
