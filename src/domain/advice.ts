import type { Stance } from "./evidence.js";
import type { Severity } from "./incident.js";

export const AUDIENCES = ["security", "saas_admin", "customer_service", "fraud", "customers", "third_party_risk", "regulatory"] as const;
export type Audience = (typeof AUDIENCES)[number];

export const AUDIENCE_LABELS: Record<Audience, string> = {
  security: "Security / SOC",
  saas_admin: "SaaS & IT admins",
  customer_service: "Customer service & communications",
  fraud: "Fraud & loyalty",
  customers: "Affected customers",
  third_party_risk: "Third-party risk",
  regulatory: "Regulatory reminders",
};

/**
 * The reader's relation to an incident that an action is written for:
 * - victim: we are the breached organisation (our own notification clocks);
 * - same_vendor: we use the same vendor or integration ("am I affected?", with the exposure window);
 * - same_sector: we are in the victim's sector (the attacker's playbook against us);
 * - customers_of_victim: our customers or staff may be among the victim's (fraud and communications);
 * - general: any reader.
 */
export const ADVICE_LENSES = ["victim", "same_vendor", "same_sector", "customers_of_victim", "general"] as const;
export type AdviceLens = (typeof ADVICE_LENSES)[number];

/** How a lens reads in a view: "If you are the victim". */
export const LENS_LABELS: Record<AdviceLens, string> = {
  victim: "if you are the victim",
  same_vendor: "if you use the same vendor",
  same_sector: "if you are in the same sector",
  customers_of_victim: "if your customers or staff may be among the victim's",
  general: "for any reader",
};

export type Priority = "now" | "soon" | "later";

/** A primary advisory an action rests on (a government, vendor or threat-intelligence publication). */
export interface AdvisoryRef {
  url: string;
  title: string;
  /** Publisher: "Google Threat Intelligence Group", "CISA", "OAIC". */
  source: string;
}

/** A published indicator: what to search logs for, with the primary source that lists it. */
export interface Indicator {
  kind: "user_agent" | "tool" | "app_name" | "infrastructure";
  value: string;
  /** URL of the primary source that lists it. */
  source: string;
}

/** The period to search logs for, and why that period (ISO dates, inclusive). */
export interface ExposureWindow {
  from: string;
  to: string;
  /** Why these dates: a published window with its source, or the incident's own dates. */
  basis: string;
  /** Primary source of a published window. */
  source?: string;
}

/** One recommended action, with the fact that triggered it. */
export interface RecommendedAction {
  /** Id of the rule that produced it (stable, for tests and dedupe). */
  ruleId: string;
  audience: Audience;
  priority: Priority;
  text: string;
  /** Why: the fact(s) that triggered the rule, in words ("vector: voice phishing"). */
  reason: string;
  /** The reader this action is written for. */
  lens: AdviceLens;
  /** True when no workspace profile decided the lens: the view says which lens the action assumes. */
  lensAssumed: boolean;
  /** The least certain fact the action rests on (confirmed when it rests on none). */
  stance: Stance;
  /** Primary advisories the action rests on. */
  advisories: AdvisoryRef[];
  /** MITRE ATT&CK technique ids the action counters ("T1566.004"). */
  techniques: string[];
  /** Published indicators to search for, each with its source. */
  indicators: Indicator[];
  /** The period to search, when the action is a look-back. */
  window: ExposureWindow | null;
}

export interface Advice {
  severity: Severity;
  severityReasons: string[];
  /** All actions, highest priority first. */
  actions: RecommendedAction[];
  byAudience: Record<Audience, RecommendedAction[]>;
}
