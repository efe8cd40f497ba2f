/**
 * The reader's perspective: who is reading the advice. Each workspace (Slack team, Teams
 * tenant, the local console) keeps one profile, keyed by its owner key ("slack:T123",
 * "teams:<tenant>", "console:local"; see tenancy.ts). The advice engine chooses and words
 * actions for the lens that applies to this reader; with no profile it says which lens each
 * action assumes.
 */

/** A vendor or integration the reader's organisation uses ("salesforce", "salesloft-drift", …). */
export type StackItem = string;

export interface ReaderProfile {
  /** Owner key of the workspace the profile belongs to. */
  owner: string;
  /** The organisation's name as the team writes it ("Qantas", "Acme Retail"). */
  organisation: string | null;
  /** Its sector ("airline", "retail", …), using the incident sector vocabulary. */
  sector: string | null;
  /** ISO 3166-1 alpha-2 countries or jurisdictions it operates in ("AU", "FR", "EU", "US-CA"). */
  jurisdictions: string[];
  /** Whether the organisation is publicly listed (drives securities-disclosure duties). */
  listed: boolean | null;
  /** Vendors and integrations in its stack, lower-case canonical names. */
  stack: StackItem[];
  updatedAt: Date;
  /** Platform user id of whoever last changed it (absent on profiles built in memory). */
  updatedBy?: string | null;
}

/** The lens under which an action is written (defined with the advice types). */
export { ADVICE_LENSES, type AdviceLens } from "./advice.js";
