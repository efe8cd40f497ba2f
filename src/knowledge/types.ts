import type { Sector } from "../domain/incident.js";

/** An organisation the extractor may recognise as a victim. One line per entry in the gazetteer files. */
export interface OrgEntry {
  /** Canonical short name, as users and labels say it: "Qantas", "Air France", "Marks & Spencer". */
  name: string;
  /** Other ways the text may name it: "Qantas Airways", "M&S", "KLM Royal Dutch Airlines". Case-insensitive. */
  aliases: string[];
  sector: Sector;
  /** Parent group when there is one: "Air France-KLM", "LVMH", "Kering", "IAG". */
  group?: string;
  /** ISO 3166-1 alpha-2 country of the headquarters, for regulatory reminders. */
  country?: string;
  /** Airline IATA designator (2 chars), airlines only. */
  iata?: string;
  /**
   * The name is also a common word or a person's name ("Next", "Gap", "Coach", "Boots", "Target"):
   * match it only with its exact capitalisation and company context ("Next said", "Next customers").
   */
  ambiguous?: boolean;
}

export type VendorKind = "crm" | "saas" | "cloud_data" | "call_centre" | "helpdesk" | "airline_it" | "it_services" | "payments" | "file_transfer" | "marketing" | "identity" | "other";

/** A third-party vendor or platform whose compromise exposes its customers' data. */
export interface VendorEntry {
  name: string;
  aliases: string[];
  kind: VendorKind;
  /** The name is also an ordinary word or a person's name ("Box", "Stripe", "Intercom", "Cleo"): match it only with context. */
  ambiguous?: boolean;
}

export type ActorKind = "extortion_group" | "ransomware" | "state" | "cluster" | "individual";

/** A threat actor with its aliases (vendor cluster names, nicknames). */
export interface ActorEntry {
  /** Canonical name: "ShinyHunters", "Scattered Spider", "Scattered Lapsus$ Hunters". */
  name: string;
  /** "UNC3944", "Octo Tempest", "0ktapus", "Muddled Libra", ... Matched case-insensitively as whole words. */
  aliases: string[];
  kind: ActorKind;
  /**
   * The canonical name is also an ordinary word ("Play", "Royal", "Everest", "Medusa"):
   * match the bare name only with its exact capitalisation and threat context ("Play ransomware", "the Play gang").
   */
  ambiguous?: boolean;
}

export type RegulatorKind = "dpa" | "police" | "cyber_agency" | "securities" | "state_ag" | "transport" | "consumer" | "other";

/** An authority an organisation may notify or that may investigate. */
export interface RegulatorEntry {
  /** Short canonical name: "ICO", "CNIL", "OAIC", "FBI", "Maine AG". */
  name: string;
  /** Full names and other forms: "Information Commissioner's Office", "Commission nationale de l'informatique et des libertés". */
  aliases: string[];
  /** ISO 3166-1 alpha-2, or "EU" / "INT". */
  country: string;
  kind: RegulatorKind;
  /** The short name also names something else ("AFP" is also Agence France-Presse): match it only with context. */
  ambiguous?: boolean;
}
