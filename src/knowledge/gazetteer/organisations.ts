import type { OrgEntry } from "../types.js";
import { FINANCE_ORGS } from "./organisations-finance.data.js";
import { SERVICES_ORGS } from "./organisations-services.data.js";
import { TECH_ORGS } from "./organisations-tech.data.js";

/**
 * Organisations outside airlines and retail that appear in breach news (sector "other"): insurers, banks,
 * credit bureaus, technology, telecoms, travel and hospitality, ticketing, healthcare, logistics, airports,
 * airline IT providers as victims, restaurant chains and public bodies.
 */
export const OTHER_ORGS: OrgEntry[] = [...FINANCE_ORGS, ...TECH_ORGS, ...SERVICES_ORGS];
