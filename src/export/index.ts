/**
 * Interoperability exports on the store port: the STIX 2.1 mapping (one incident → incident SDO,
 * identities, actors, campaign, relationships, courses of action), streaming writers for STIX, JSON
 * and CSV, and the JSON resources the API serves. See the README, "STIX 2.1 mapping".
 */
export { incidentToStix, incidentStixId, stixObjectsOf, type IncidentStix } from "./stix.mapper.js";
export { exportIncidents, stixObjects, newStixObjects, stixForIncident, PREAMBLE, EXPORT_PAGE_SIZE, STIX_BATCH_INCIDENTS, type ExportFilter, type StixBatch } from "./export.stream.js";
export { writeExport, EXPORT_FORMATS, type ExportFormat, type ExportSummary } from "./export.writers.js";
export { toIncidentResource, toEvidenceResource, IncidentResourceSchema, EvidenceResourceSchema, type IncidentResource, type EvidenceResource } from "./incident.resource.js";
export { evidenceOf, type EvidenceReader } from "./evidence.reader.js";
export { stixId, uuidv5, BREACH_RADAR_NAMESPACE } from "./stix.ids.js";
export { EXTENSION_DEFINITION, EXTENSION_ID, PRODUCER, PRODUCER_ID } from "./stix.extension.js";
export { STANCE_CONFIDENCE } from "./stix.relationships.js";
export { TLP_WHITE } from "./stix.vocab.js";
export { actorShape } from "./actor.mapper.js";
export type { StixObject } from "./stix.types.js";
