import { createHash, randomUUID } from "node:crypto";
import type { Change, Source } from "../domain/incident.js";
import type { Db, JsonNulls, Tx } from "./prisma-client.factory.js";
import { isUniqueViolation } from "./db-errors.js";
import { incidentColumns, jsonValue, toSource, victimKeys } from "./incident.mapper.js";
import type { AppliedWrite, FactInput, IncidentWrite, SourceInput, Supersede } from "./store.port.js";
import type { Prisma } from "./generated/postgres/index.js";

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
      await writeSourceText(tx, write, source.id, existing !== null);
      await writeFacts(tx, write, source.id, this.nulls, existing !== null);
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

/** Event time of the write's source: as given, else its publication date, else the fetch time. */
export const writeReportedAt = (write: IncidentWrite): Date => write.reportedAt ?? write.source.publishedAt ?? write.at;

const earlier = (a: Date | null | undefined, b: Date): Date => (a && a.getTime() < b.getTime() ? a : b);
const later = (a: Date | null | undefined, b: Date): Date => (a && a.getTime() > b.getTime() ? a : b);

async function upsertIncident(tx: Tx, write: IncidentWrite): Promise<void> {
  const { id } = write.incident;
  const columns = incidentColumns(write.incident, write.at);
  const reported = writeReportedAt(write);
  const found = await tx.incident.findUnique({ where: { id }, select: { id: true, firstReportedAt: true, lastReportedAt: true } });
  if (found) {
    await tx.incident.update({ where: { id }, data: { ...columns, firstReportedAt: earlier(found.firstReportedAt, reported), lastReportedAt: later(found.lastReportedAt, reported) } });
    await tx.victimName.deleteMany({ where: { incidentId: id } });
  } else {
    await tx.incident.create({ data: { id, ...columns, firstSeenAt: write.at, firstReportedAt: reported, lastReportedAt: reported, owner: write.owner ?? "" } });
  }
  const names = victimKeys(write.incident);
  if (names.length > 0) await tx.victimName.createMany({ data: names.map((name) => ({ name, incidentId: id })) });
}

/** The source's cleaned text, replaced when the source is applied again. */
async function writeSourceText(tx: Tx, write: IncidentWrite, sourceId: string, sourceExisted: boolean): Promise<void> {
  if (!write.sourceText) return;
  const data = { incidentId: write.incident.id, text: write.sourceText, fetchedAt: write.source.fetchedAt };
  if (sourceExisted) await tx.sourceText.upsert({ where: { sourceId }, create: { sourceId, ...data }, update: data });
  else await tx.sourceText.create({ data: { sourceId, ...data } });
}

/** The WHERE clause of one superseded field (facts stored before stances existed count as "reported"). */
function supersedeWhere(incidentId: string, s: Supersede): Prisma.FactWhereInput {
  if (typeof s === "string") return { incidentId, field: s, current: true };
  const stances: Prisma.FactWhereInput[] = [{ stance: { in: s.stances } }];
  if (s.stances.includes("reported")) stances.push({ stance: null });
  return { incidentId, field: s.field, current: true, OR: stances };
}

function factRow(f: FactInput, incidentId: string, sourceId: string, write: IncidentWrite, nulls: JsonNulls) {
  return {
    id: randomUUID(), incidentId, field: f.field, value: jsonValue(f.value, nulls), sourceId, seenAt: write.at, current: true,
    stance: f.stance ?? "reported", quotes: (f.quotes ?? []) as unknown as Prisma.InputJsonValue, speaker: f.speaker ?? null, unit: f.unit ?? null,
    publishedAt: write.source.publishedAt,
  };
}

/** Earlier facts of this source (a source seen before), and superseded facts from other sources, stop being current. */
async function writeFacts(tx: Tx, write: IncidentWrite, sourceId: string, nulls: JsonNulls, sourceExisted: boolean): Promise<void> {
  const incidentId = write.incident.id;
  if (sourceExisted) await tx.fact.updateMany({ where: { incidentId, sourceId, current: true }, data: { current: false } });
  for (const s of write.supersedes) await tx.fact.updateMany({ where: supersedeWhere(incidentId, s), data: { current: false } });
  if (write.facts.length === 0) return;
  await tx.fact.createMany({ data: write.facts.map((f) => factRow(f, incidentId, sourceId, write, nulls)) });
}

async function writeChanges(tx: Tx, write: IncidentWrite, sourceId: string): Promise<Change[]> {
  const reportedAt = writeReportedAt(write);
  // Ids sort in write order, so changes recorded at one instant read back in the order the merge made them.
  const stamp = `${write.at.getTime().toString(36).padStart(9, "0")}-${randomUUID().slice(0, 8)}`;
  const changes: Change[] = write.changes.map((c, i) => ({
    id: `${stamp}-${String(i).padStart(3, "0")}`, incidentId: write.incident.id, kind: c.kind, field: c.field, text: c.text, sourceId, at: write.at, reportedAt,
  }));
  if (changes.length > 0) await tx.change.createMany({ data: changes });
  return changes;
}
