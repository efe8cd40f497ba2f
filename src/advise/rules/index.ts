import type { ActionRule } from "../action-rule.js";
import { CUSTOMER_SERVICE_RULES } from "./customer-service.rules.js";
import { CUSTOMER_RULES } from "./customers.rules.js";
import { FRAUD_RULES } from "./fraud.rules.js";
import { EXTORTION_RULES } from "./extortion.rules.js";
import { REGULATORY_RULES } from "./regulatory.rules.js";
import { SAAS_ADMIN_RULES } from "./saas-admin.rules.js";
import { SECURITY_RULES } from "./security.rules.js";
import { THIRD_PARTY_RULES } from "./third-party.rules.js";

/** Every recommended-action rule, in display order within a priority. */
export const ACTION_RULES: readonly ActionRule[] = [
  ...SECURITY_RULES,
  ...SAAS_ADMIN_RULES,
  ...CUSTOMER_SERVICE_RULES,
  ...FRAUD_RULES,
  ...CUSTOMER_RULES,
  ...THIRD_PARTY_RULES,
  ...REGULATORY_RULES,
  ...EXTORTION_RULES,
];
