/** A STIX 2.1 object as plain JSON. Every object we emit has these; the rest depends on its type. */
export interface StixObject {
  type: string;
  spec_version: "2.1";
  id: string;
  created?: string;
  modified?: string;
  [property: string]: unknown;
}

/** A STIX 2.1 external reference. */
export interface ExternalReference {
  source_name: string;
  url?: string;
  description?: string;
  external_id?: string;
}

/** STIX timestamps: UTC with exactly millisecond precision. */
export const stixTime = (d: Date): string => d.toISOString();
