import { PassThrough } from "node:stream";
import { writeExport, type ExportFilter } from "../../../src/export/index.js";
import type { Store } from "../../../src/store/store.port.js";

/** Exports the whole store as one STIX bundle through the streaming writer and parses it back. */
export async function exportBundle(store: Store, filter: ExportFilter = {}): Promise<{ type: string; id: string; objects: Record<string, unknown>[] }> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on("data", (c: Buffer) => chunks.push(c));
  await writeExport(store, "stix", filter, sink);
  sink.end();
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

