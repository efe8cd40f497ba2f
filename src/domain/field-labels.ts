import { DATA_CLASS_LABELS, type DataClass } from "./data-class.js";
import type { AttackVector, FactField } from "./incident.js";

/** How each fact field reads in a sentence ("number affected", not `affectedCount`). */
export const FIELD_LABELS: Record<FactField, string> = {
  victims: "victim",
  victimGroup: "parent group",
  sector: "sector",
  thirdParty: "third-party platform involved",
  vendor: "vendor / platform",
  vector: "attack vector",
  exposed: "data taken",
  notExposed: "data stated not taken",
  affectedCount: "number affected",
  actors: "threat actor",
  detected: "detection date",
  disclosed: "disclosure date",
  regulators: "regulator / authority",
  status: "status",
};

/** How each attack vector reads in a sentence. */
export const VECTOR_WORDS: Record<AttackVector, string> = {
  vishing: "voice phishing (vishing)",
  social_engineering: "social engineering",
  phishing: "phishing",
  oauth_app: "a malicious or compromised OAuth app",
  stolen_credentials: "stolen credentials",
  credential_stuffing: "credential stuffing",
  ransomware: "ransomware",
  misconfiguration: "a misconfiguration",
  vulnerability: "exploitation of a software vulnerability",
  insider: "an insider",
};

/** A data class in the middle of a sentence: "email addresses", "PINs". */
export function classWords(c: DataClass): string {
  const label = DATA_CLASS_LABELS[c] ?? c;
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/** 5700000 → "5.7M", 6000000 → "6M", 850000 → "850K", 312 → "312". */
export function countWords(n: number): string {
  const scaled = (value: number, unit: string) => `${Number(value.toFixed(value < 10 ? 2 : 1)).toString()}${unit}`;
  if (n >= 1_000_000_000) return scaled(n / 1_000_000_000, "B");
  if (n >= 1_000_000) return scaled(n / 1_000_000, "M");
  if (n >= 10_000) return scaled(n / 1_000, "K");
  return n.toLocaleString("en-US");
}

/** What a count counts, after the number: "5.7M people", "6M records". */
export const UNIT_WORDS: Record<string, string> = { people: "people", records: "records", accounts: "accounts", unknown: "affected" };
