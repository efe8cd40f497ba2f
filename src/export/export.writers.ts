import { randomUUID } from "node:crypto";
import { once } from "node:events";
import { WriteStream } from "node:fs";
import type { Writable } from "node:stream";
import type { Store } from "../store/store.port.js";
import { toCsvHeader, toCsvRow } from "./incident.csv.js";
import { toIncidentResource } from "./incident.resource.js";
import { exportIncidents, newStixObjects, PREAMBLE, STIX_BATCH_INCIDENTS, type ExportFilter } from "./export.stream.js";

export const EXPORT_FORMATS = ["stix", "json", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportSummary {
  format: ExportFormat;
  incidents: number;
  /** STIX objects written (stix only). */
  objects: number;
}

/** Bytes a sink may hold unwritten before the writer waits for it: enough to keep the disk busy while the next chunk is built. */
const MAX_PENDING_BYTES = 8 << 20;

/**
 * Writes with back-pressure: waits for `drain` once the sink holds MAX_PENDING_BYTES unwritten.
 * (Waiting as soon as `write` returns false, at a file stream's 16 KB mark, would leave the process
 * idle during every disk write instead of building the next chunk meanwhile.) `done` runs once the
 * sink has handled the chunk.
 */
async function write(sink: Writable, chunk: string | Buffer, done?: () => void): Promise<void> {
  if (!sink.write(chunk, done) && sink.writableLength >= MAX_PENDING_BYTES) await once(sink, "drain");
}

/** Size of one write. */
const CHUNK_BYTES = 1 << 20;

/**
 * Encodes text straight into ~1 MB buffers and writes each when full. Building one string per page
 * and letting the stream encode it cost more than building the objects: joining and encoding tens of
 * MB of text, in fresh memory each time. Here each piece is encoded once into the current chunk.
 *
 * Into a file, written chunks are recycled once the file stream has written them: a fresh 1 MB
 * buffer per chunk is memory outside the JS heap, and every few MB of it made V8 run a full
 * mark-compact (measured: ~30 per 250 MB written, most of the export's GC time). Other sinks (a
 * PassThrough, an HTTP response) may hand the very buffer on to a reader, so they get fresh ones.
 */
class ChunkedBytes {
  private chunk: Buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;
  private readonly spare: Buffer[] | null;

  constructor(private readonly sink: Writable) {
    this.spare = sink instanceof WriteStream ? [] : null;
  }

  async add(text: string): Promise<void> {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8, so this much room always suffices.
    const room = text.length * 3;
    if (this.used + room > CHUNK_BYTES) await this.flush();
    if (room > CHUNK_BYTES) return write(this.sink, text);
    this.used += this.chunk.write(text, this.used);
  }

  async flush(): Promise<void> {
    if (this.used === 0) return;
    const written = this.chunk;
    const full = written.subarray(0, this.used);
    // Another buffer for what follows: the sink may still hold this one.
    this.chunk = this.spare?.pop() ?? Buffer.allocUnsafe(CHUNK_BYTES);
    this.used = 0;
    const spare = this.spare;
    await write(this.sink, full, spare ? () => spare.push(written) : undefined);
  }
}

/**
 * A STIX 2.1 bundle, written object by object: `{"type":"bundle","id":…,"objects":[…]}`. Each
 * incident's objects are built, serialised and dropped before the next incident's (they never reach
 * the old generation). Layout: the preamble on the first line, then one line per STIX_BATCH_INCIDENTS
 * incidents, objects separated by "," within a line.
 */
async function writeStix(store: Store, filter: ExportFilter, sink: Writable): Promise<ExportSummary> {
  const out = new ChunkedBytes(sink);
  await out.add(`{"type":"bundle","id":"bundle--${randomUUID()}","objects":[\n`);
  let objects = 0;
  let incidents = 0;
  for (let k = 0; k < PREAMBLE.length; k++) await out.add((k > 0 ? "," : "") + JSON.stringify(PREAMBLE[k]));
  objects += PREAMBLE.length;
  const sharedSeen = new Set<string>();
  for await (const page of exportIncidents(store, filter)) {
    for (const incident of page) {
      const own = newStixObjects(incident, sharedSeen);
      // One stringify per incident; the array's brackets are dropped (its objects are "," separated, as in the bundle).
      await out.add(incidents % STIX_BATCH_INCIDENTS === 0 ? ",\n" : ",");
      await out.add(JSON.stringify(own).slice(1, -1));
      objects += own.length;
      incidents++;
    }
  }
  await out.add("\n]}\n");
  await out.flush();
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
