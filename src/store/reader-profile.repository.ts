import type { ReaderProfile } from "../domain/reader-profile.js";
import { BreachRadarError } from "../domain/errors.js";
import { isUniqueViolation } from "./db-errors.js";
import type { Db, Prisma } from "./prisma-client.factory.js";
import type { ReaderProfileInput, ReaderProfilePatch } from "./store.port.js";

type Row = Prisma.ReaderProfileGetPayload<object>;

/** Optimistic retries of a patch that raced another write to the same profile. */
const PATCH_ATTEMPTS = 8;

const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);
const uniq = (items: string[]): string[] => [...new Set(items)];

function toProfile(row: Row): ReaderProfile {
  return {
    owner: row.owner, organisation: row.organisation, sector: row.sector, jurisdictions: list(row.jurisdictions),
    listed: row.listed, stack: list(row.stack), updatedAt: row.updatedAt, updatedBy: row.updatedBy ?? null,
  };
}

/** The profile after a patch, from what is stored now (null: nothing stored yet). */
export function applyProfilePatch(owner: string, current: ReaderProfile | null, patch: ReaderProfilePatch): Omit<ReaderProfile, "updatedAt"> {
  const base = current ?? { owner, organisation: null, sector: null, jurisdictions: [], listed: null, stack: [] };
  const removed = new Set(patch.stackRemove ?? []);
  const stack = uniq([...(patch.stack ?? base.stack), ...(patch.stackAdd ?? [])]).filter((s) => !removed.has(s));
  return {
    owner,
    organisation: patch.organisation !== undefined ? patch.organisation : base.organisation,
    sector: patch.sector !== undefined ? patch.sector : base.sector,
    jurisdictions: patch.jurisdictions !== undefined ? uniq(patch.jurisdictions) : base.jurisdictions,
    listed: patch.listed !== undefined ? patch.listed : base.listed,
    stack,
  };
}

/**
 * Reader profiles, one row per workspace. A patch reads the row, computes the new values and writes
 * them only if the row still has the version it read (else it reads again): portable across SQLite and
 * PostgreSQL, and no concurrent `stack +x` is lost.
 */
export class ReaderProfileRepository {
  constructor(private readonly db: Db) {}

  async getReaderProfile(owner: string): Promise<ReaderProfile | null> {
    const row = await this.db.readerProfile.findUnique({ where: { owner } });
    return row ? toProfile(row) : null;
  }

  async putReaderProfile(input: ReaderProfileInput): Promise<ReaderProfile> {
    const at = input.at ?? new Date();
    const columns = {
      organisation: input.organisation, sector: input.sector, jurisdictions: uniq(input.jurisdictions), listed: input.listed,
      stack: uniq(input.stack), updatedBy: input.updatedBy ?? null, updatedAt: at,
    };
    const row = await this.db.readerProfile.upsert({
      where: { owner: input.owner },
      create: { owner: input.owner, ...columns, createdAt: at },
      update: { ...columns, version: { increment: 1 } },
    });
    return toProfile(row);
  }

  async patchReaderProfile(owner: string, patch: ReaderProfilePatch): Promise<ReaderProfile> {
    const at = patch.at ?? new Date();
    for (let attempt = 0; attempt < PATCH_ATTEMPTS; attempt++) {
      const row = await this.db.readerProfile.findUnique({ where: { owner } });
      const next = applyProfilePatch(owner, row ? toProfile(row) : null, patch);
      const columns = {
        organisation: next.organisation, sector: next.sector, jurisdictions: next.jurisdictions, listed: next.listed,
        stack: next.stack, updatedBy: patch.updatedBy ?? null, updatedAt: at,
      };
      if (!row) {
        try {
          return toProfile(await this.db.readerProfile.create({ data: { owner, ...columns, createdAt: at } }));
        } catch (error) {
          if (!isUniqueViolation(error)) throw error;
          continue; // created meanwhile: patch what is there now
        }
      }
      const { count } = await this.db.readerProfile.updateMany({ where: { owner, version: row.version }, data: { ...columns, version: row.version + 1 } });
      if (count === 1) return { ...next, updatedAt: at, updatedBy: patch.updatedBy ?? null };
    }
    throw new BreachRadarError("CONFLICT", `The profile of ${owner} kept changing while it was being updated; try again.`);
  }

  async clearReaderProfile(owner: string): Promise<boolean> {
    return (await this.db.readerProfile.deleteMany({ where: { owner } })).count > 0;
  }

  async listReaderProfiles(): Promise<ReaderProfile[]> {
    return (await this.db.readerProfile.findMany({ orderBy: { owner: "asc" } })).map(toProfile);
  }
}
