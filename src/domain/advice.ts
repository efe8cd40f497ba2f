import type { Severity } from "./incident.js";

export const AUDIENCES = ["security", "saas_admin", "customer_service", "customers", "third_party_risk", "regulatory"] as const;
export type Audience = (typeof AUDIENCES)[number];

export const AUDIENCE_LABELS: Record<Audience, string> = {
  security: "Security / SOC",
  saas_admin: "SaaS & IT admins",
  customer_service: "Customer service & communications",
  customers: "Affected customers",
  third_party_risk: "Third-party risk",
  regulatory: "Regulatory reminders",
};

export type Priority = "now" | "soon" | "later";

/** One recommended action, with the fact that triggered it. */
export interface RecommendedAction {
  /** Id of the rule that produced it (stable, for tests and dedupe). */
  ruleId: string;
  audience: Audience;
  priority: Priority;
  text: string;
  /** Why: the fact(s) that triggered the rule, in words ("vector: voice phishing"). */
  reason: string;
}

export interface Advice {
  severity: Severity;
  severityReasons: string[];
  /** All actions, highest priority first. */
  actions: RecommendedAction[];
  byAudience: Record<Audience, RecommendedAction[]>;
}
