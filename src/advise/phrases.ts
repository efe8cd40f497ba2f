import { DATA_CLASSES, DATA_CLASS_LABELS, type DataClass } from "../domain/data-class.js";
import type { Stance } from "../domain/evidence.js";
import { weakestStance } from "../domain/fact-stance.js";
import { countWords, UNIT_WORDS } from "../domain/field-labels.js";
import type { AttackVector, FactField } from "../domain/incident.js";
import { stancePhrase } from "../domain/stance-wording.js";
import type { AdviceFacts } from "./advice.facts.js";

/** How each attack vector reads inside a sentence. */
export const VECTOR_LABELS: Record<AttackVector, string> = {
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

/** Vectors where a credential was the way in: the only ones that justify credential resets without a stated password leak. */
export const CREDENTIAL_VECTORS: readonly AttackVector[] = ["stolen_credentials", "credential_stuffing"];

/** Vectors where customers' own passwords were tried: the company's stolen logins ("stolen_credentials") are not theirs. */
export const CUSTOMER_CREDENTIAL_VECTORS: readonly AttackVector[] = ["credential_stuffing"];

/** Vectors that work by deceiving people on the phone or in messages. */
export const DECEPTION_VECTORS: readonly AttackVector[] = ["vishing", "social_engineering"];

/** Lower-case label of a data class, from DATA_CLASS_LABELS. */
export function classLabel(c: DataClass): string {
  const label = DATA_CLASS_LABELS[c];
  // Keep acronyms ("PINs", "IP addresses"); lower-case ordinary first words ("Names" → "names").
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/** "a, b and c" in DATA_CLASSES order. */
export function classList(classes: Iterable<DataClass>): string {
  const set = new Set(classes);
  const labels = DATA_CLASSES.filter((c) => set.has(c)).map(classLabel);
  if (labels.length <= 1) return labels[0] ?? "";
  return `${labels.slice(0, -1).join(", ")} and ${labels[labels.length - 1]}`;
}

/** The exposed classes among `candidates`, in display order. */
export const exposedOf = (f: AdviceFacts, candidates: readonly DataClass[]): DataClass[] => candidates.filter((c) => f.exposed.has(c));

/** Classes stated neither as exposed nor as not exposed, among `candidates`. */
export const unstatedOf = (f: AdviceFacts, candidates: readonly DataClass[]): DataClass[] =>
  candidates.filter((c) => !f.exposed.has(c) && !f.notExposed.has(c));

/**
 * Canonical phrase for classes taken, grouped by how sure the sources are: "confirmed taken: names;
 * reported taken (not confirmed by the company): email addresses; claimed by the attackers (unverified): passport data".
 */
export function takenPhrase(f: AdviceFacts, classes: Iterable<DataClass>): string {
  const groups: [string, DataClass[]][] = [["confirmed taken", []], ["reported taken (not confirmed by the company)", []], ["claimed by the attackers (unverified)", []]];
  for (const c of classes) {
    const s = f.stance("exposed", c);
    groups[s === "confirmed" ? 0 : s === "claimed" ? 2 : 1]![1].push(c);
  }
  return groups.filter(([, list]) => list.length > 0).map(([label, list]) => `${label}: ${classList(list)}`).join("; ");
}

/** Canonical phrase for classes the company said were NOT taken. Only ever called with notExposed classes. */
export const notTakenPhrase = (classes: Iterable<DataClass>): string => `the company stated these were not taken: ${classList(classes)}`;

/** Canonical phrase for classes nobody has stated either way. */
export const unstatedPhrase = (classes: Iterable<DataClass>): string => `the company has not said whether these were taken: ${classList(classes)}`;

/** Classes that must never be called safe unless the company said so. */
export const SENSITIVE_CLASSES: readonly DataClass[] = ["passport", "government_id", "payment_card", "financial", "password", "pin"];

/** Contact classes that phishing and smishing reuse. */
export const CONTACT_CLASSES: readonly DataClass[] = ["name", "email", "phone", "postal_address"];


/** "Salesforce" or "the third-party platform (not named by the company)". */
export function platformOf(f: AdviceFacts): string {
  if (f.vendor) return f.vendor.name;
  if (f.vendorName) return f.vendorName;
  return f.thirdParty ? "the third-party platform (not named by the company)" : "the affected systems";
}

/** Short platform reference for repeated mentions. */
export const platformShort = (f: AdviceFacts): string => f.vendor?.name ?? f.vendorName ?? (f.thirdParty ? "the third-party platform" : "the affected systems");

/** "via voice phishing (vishing)" or "" when the vector is unknown. */
export const viaVector = (f: AdviceFacts): string => (f.vector ? ` via ${VECTOR_LABELS[f.vector]}` : "");

/** Loyalty-number wording by sector. */
export const loyaltyWord = (f: AdviceFacts): string => (f.sector === "airline" ? "frequent-flyer number" : "loyalty number");

/** Names of actors, joined. */
export const actorNames = (f: AdviceFacts, onlyProfiled = false): string =>
  f.actors.filter((a) => !onlyProfiled || a.profile).map((a) => a.profile?.name ?? a.name).join(", ");

/** "reported, not confirmed by the company" for a statement of a fact; "" when the company confirmed it. */
export function stanceNote(stance: Stance): string {
  return stance === "confirmed" || stance === "denied" ? "" : stancePhrase(stance);
}

/** " (reported, not confirmed by the company)" after a statement of a fact; nothing when the company confirmed it. */
export function stanceSuffix(stance: Stance): string {
  const note = stanceNote(stance);
  return note ? ` (${note})` : "";
}

/** A fact a sentence relies on: a field, or one element of a list field. */
export type FactRef = FactField | [FactField, unknown];

/**
 * The stance qualifier of a statement that relies on these facts (only those the incident holds):
 * the least sure one decides. Empty when every one is confirmed.
 */
export function statedSuffix(f: AdviceFacts, refs: FactRef[]): string {
  const present = refs.filter((r) => (typeof r === "string" ? factPresent(f, r) : true));
  if (present.length === 0) return "";
  return stanceSuffix(weakestStance(present.map((r) => (typeof r === "string" ? f.stance(r) : f.stance(r[0], r[1])))));
}

function factPresent(f: AdviceFacts, field: FactField): boolean {
  switch (field) {
    case "vendor": return f.vendorName !== null;
    case "vector": return f.vector !== null;
    case "thirdParty": return f.thirdParty !== null;
    case "affectedCount": return f.affectedCount !== null;
    default: return true;
  }
}

/** The stance qualifier of a statement that these classes were taken. */
export const takenSuffix = (f: AdviceFacts, classes: Iterable<DataClass>): string => statedSuffix(f, [...classes].map((c): FactRef => ["exposed", c]));

/** "Salesforce (reported, not confirmed by the company)": the platform, with its own stance. */
export function platformWithStance(f: AdviceFacts): string {
  if (f.vendor || f.vendorName || !f.thirdParty) return `${platformOf(f)}${statedSuffix(f, ["vendor"])}`;
  const note = stanceNote(f.stance("thirdParty"));
  return `the third-party platform (not named by the company${note ? `; ${note}` : ""})`;
}

/** " via voice phishing (vishing) (reported, not confirmed by the company)", or "" when the vector is unknown. */
export const viaVectorWithStance = (f: AdviceFacts): string => (f.vector ? `${viaVector(f)}${statedSuffix(f, ["vector"])}` : "");

/**
 * Classes grouped by how sure the sources are, each group with its own stance:
 * "names and email addresses; passport data (the attackers claim this, unverified)".
 */
export function stancedClasses(f: AdviceFacts, classes: Iterable<DataClass>): string {
  const groups = new Map<Stance, DataClass[]>();
  for (const c of classes) {
    const s = f.stance("exposed", c);
    groups.set(s, [...(groups.get(s) ?? []), c]);
  }
  const order: Stance[] = ["confirmed", "reported", "claimed", "inferred", "denied"];
  return order.filter((s) => groups.has(s)).map((s) => `${classList(groups.get(s)!)}${stanceSuffix(s)}`).join("; ");
}

/** Regulators named on the incident, each with its stance: "OAIC, CNIL (reported, not confirmed by the company)". */
export const regulatorsWithStance = (f: AdviceFacts, names: readonly string[]): string =>
  names.map((r) => `${r}${stanceSuffix(f.stance("regulators", r))}`).join(", ");

/** "Scattered Spider (reported, not confirmed by the company), ShinyHunters (the attackers claim this, unverified)": each actor with its own stance. */
export const actorList = (f: AdviceFacts, onlyProfiled = false, withRole = false): string =>
  f.actors.filter((a) => !onlyProfiled || a.profile).map((a) => `${a.profile?.name ?? a.name}${withRole ? ` (${a.role})` : ""}${stanceSuffix(a.stance)}`).join(", ");

/** The stance qualifier of a statement naming the actors. */
export const actorSuffix = (f: AdviceFacts, onlyProfiled = false): string =>
  statedSuffix(f, f.actors.filter((a) => !onlyProfiled || a.profile).map((a): FactRef => ["actors", a.name]));

/** "6,000,000 people" (with its stance when not confirmed) or "an unstated number of people". */
export const peopleCount = (f: AdviceFacts): string =>
  f.affectedCount === null ? "an unstated number of people" : `${String(f.affectedCount).replace(/\B(?=(\d{3})+(?!\d))/g, ",")} people${stanceSuffix(f.stance("affectedCount"))}`;

/** "the attackers claim 6M records (unverified; not used for severity)", or null when nobody claims a figure. */
export function claimedCountsPhrase(f: AdviceFacts): string | null {
  if (f.claimedCounts.length === 0) return null;
  const figures = f.claimedCounts.map((c) => `${countWords(c.value)} ${UNIT_WORDS[c.unit] ?? "affected"}`).join(" and ");
  const who = f.claimedCounts.find((c) => c.speaker)?.speaker;
  return `${who ? `${who} claims` : "the attackers claim"} ${figures} (unverified; not used for severity)`;
}

/** The reader's own tenants of the same platform, or the platform types at risk when it is unnamed. */
export const yourPlatforms = (f: AdviceFacts): string =>
  f.vendor || f.vendorName ? `your ${platformShort(f)} tenant and other SaaS platforms` : "your CRM, customer-service and call-centre platforms";
