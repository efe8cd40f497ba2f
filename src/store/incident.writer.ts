import { createHash, randomUUID } from "node:crypto";
import type { Change, Source } from "../domain/incident.js";
import type { Db, JsonNulls, Tx } from "./prisma-client.factory.js";
import { isUniqueViolation } from "./db-errors.js";
import { incidentColumns, jsonValue, toSource, victimKeys } from "./incident.mapper.js";
import type { AppliedWrite, IncidentWrite, SourceInput } from "./store.port.js";

const TX_OPTIONS = { maxWait: 10_000, timeout: 30_000 };

/** Identifies "this source, with this content, contributing these facts to this incident". */
export function writeHash(write: IncidentWrite): string {
  const payload = JSON.stringify([write.incident.id, write.source.contentHash, write.facts, write.supersedes]);
  return createHash("sha256").update(payload).digest("hex");
}

function sourceColumns(source: SourceInput) {
  return {
    outlet: source.outlet, title: source.title, publishedAt: source.publishedAt, language: source.language,
    contentHash: source.contentHash, fetchedAt: source.fetchedAt,
  };
}

/** Write side of incidents and sources. */
export class IncidentWriter {
  constructor(private readonly db: Db, private readonly nulls: JsonNulls) {}

  /**
   * One transaction: source upsert, incident upsert, victim names, facts, change records.
   * Retried once when another replica inserted the same incident or source URL at the same moment.
   */
  async applyIncidentWrite(write: IncidentWrite): Promise<AppliedWrite> {
    try {
      return await this.applyOnce(write);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return this.applyOnce(write);
    }
  }

  private applyOnce(write: IncidentWrite): Promise<AppliedWrite> {
    const hash = writeHash(write);
    const key = { url_owner: { url: write.source.url, owner: write.source.owner ?? "" } };
    return this.db.$transaction(async (tx) => {
      const existing = await tx.source.findUnique({ where: key });
      if (existing && existing.appliedHash === hash && existing.incidentId === write.incident.id) {
        return { incidentId: write.incident.id, sourceId: existing.id, changed: false, changes: [] };
      }
      await upsertIncident(tx, write);
      const source = await tx.source.upsert({
        where: key,
        create: { url: write.source.url, owner: write.source.owner ?? "", ...sourceColumns(write.source), incidentId: write.incident.id, appliedHash: hash },
        update: { ...sourceColumns(write.source), incidentId: write.incident.id, appliedHash: hash },
      });
      await writeFacts(tx, write, source.id, this.nulls);
      const changes = await writeChanges(tx, write, source.id);
      return { incidentId: write.incident.id, sourceId: source.id, changed: true, changes };
    }, TX_OPTIONS);
  }

  async getSourceByUrl(canonicalUrl: string, owner = ""): Promise<Source | null> {
    const row = await this.db.source.findUnique({ where: { url_owner: { url: canonicalUrl, owner } } });
    return row ? toSource(row) : null;
  }

  /** Upsert by URL; a source already linked to an incident keeps its link. */
  async markSourceSeen(source: SourceInput): Promise<void> {
    await this.db.source.upsert({
      where: { url_owner: { url: source.url, owner: source.owner ?? "" } },
      create: { url: source.url, owner: source.owner ?? "", ...sourceColumns(source), incidentId: null },
      update: sourceColumns(source),
    });
  }
}

async function upsertIncident(tx: Tx, write: IncidentWrite): Promise<void> {
  const { id } = write.incident;
  const columns = incidentColumns(write.incident, write.at);
  const found = await tx.incident.findUnique({ where: { id }, select: { id: true } });
  if (found) await tx.incident.update({ where: { id }, data: columns });
  else await tx.incident.create({ data: { id, ...columns, firstSeenAt: write.at, owner: write.owner ?? "" } });
  await tx.victimName.deleteMany({ where: { incidentId: id } });
  const names = victimKeys(write.incident);
  if (names.length > 0) await tx.victimName.createMany({ data: names.map((name) => ({ name, incidentId: id })) });
}

/** Earlier facts of this source, and superseded fields from other sources, stop being current. */
async function writeFacts(tx: Tx, write: IncidentWrite, sourceId: string, nulls: JsonNulls): Promise<void> {
  const incidentId = write.incident.id;
  await tx.fact.updateMany({ where: { incidentId, sourceId, current: true }, data: { current: false } });
  if (write.supersedes.length > 0) {
    await tx.fact.updateMany({ where: { incidentId, field: { in: write.supersedes }, current: true }, data: { current: false } });
  }
  if (write.facts.length === 0) return;
  await tx.fact.createMany({
    data: write.facts.map((f) => ({ id: randomUUID(), incidentId, field: f.field, value: jsonValue(f.value, nulls), sourceId, seenAt: write.at, current: true })),
  });
}

async function writeChanges(tx: Tx, write: IncidentWrite, sourceId: string): Promise<Change[]> {
  const changes: Change[] = write.changes.map((c) => ({
    id: randomUUID(), incidentId: write.incident.id, kind: c.kind, field: c.field, text: c.text, sourceId, at: write.at,
  }));
  if (changes.length > 0) await tx.change.createMany({ data: changes });
  return changes;
}
