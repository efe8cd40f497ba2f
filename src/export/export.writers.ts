import { randomUUID } from "node:crypto";
import { once } from "node:events";
import type { Writable } from "node:stream";
import type { Store } from "../store/store.port.js";
import { toCsvHeader, toCsvRow } from "./incident.csv.js";
import { toIncidentResource } from "./incident.resource.js";
import { exportIncidents, stixObjects, type ExportFilter } from "./export.stream.js";

export const EXPORT_FORMATS = ["stix", "json", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportSummary {
  format: ExportFormat;
  incidents: number;
  /** STIX objects written (stix only). */
  objects: number;
}

/** Writes with back-pressure: waits for `drain` when the sink's buffer is full. */
async function write(sink: Writable, chunk: string): Promise<void> {
  if (!sink.write(chunk)) await once(sink, "drain");
}

/** A STIX 2.1 bundle, written object by object: `{"type":"bundle","id":…,"objects":[…]}`. */
async function writeStix(store: Store, filter: ExportFilter, sink: Writable): Promise<ExportSummary> {
  await write(sink, `{"type":"bundle","id":"bundle--${randomUUID()}","objects":[`);
  let objects = 0;
  let incidents = 0;
  for await (const batch of stixObjects(store, filter)) {
    incidents += batch.incidents;
    if (batch.objects.length === 0) continue;
    // One stringify per batch (cheaper than one per object); the array's brackets are dropped.
    await write(sink, (objects > 0 ? ",\n" : "\n") + JSON.stringify(batch.objects).slice(1, -1));
    objects += batch.objects.length;
  }
  await write(sink, "\n]}\n");
  return { format: "stix", incidents, objects };
}

async function writeJson(store: Store, filter: ExportFilter, sink: Writable): Promise<ExportSummary> {
  await write(sink, "[");
  let incidents = 0;
  for await (const page of exportIncidents(store, filter)) {
    const text = page.map((i) => JSON.stringify(toIncidentResource(i))).join(",\n");
    await write(sink, (incidents > 0 ? ",\n" : "\n") + text);
    incidents += page.length;
  }
  await write(sink, "\n]\n");
  return { format: "json", incidents, objects: 0 };
}

async function writeCsv(store: Store, filter: ExportFilter, sink: Writable): Promise<ExportSummary> {
  await write(sink, toCsvHeader());
  let incidents = 0;
  for await (const page of exportIncidents(store, filter)) {
    await write(sink, page.map((i) => toCsvRow(toIncidentResource(i))).join(""));
    incidents += page.length;
  }
  return { format: "csv", incidents, objects: 0 };
}

const WRITERS: Record<ExportFormat, (store: Store, filter: ExportFilter, sink: Writable) => Promise<ExportSummary>> = { stix: writeStix, json: writeJson, csv: writeCsv };

/** Streams the store's incidents to `sink` in one format; never holds more than one page of incidents. */
export function writeExport(store: Store, format: ExportFormat, filter: ExportFilter, sink: Writable): Promise<ExportSummary> {
  return WRITERS[format](store, filter, sink);
}
