/**
 * Bulk path for tests and benches on SQLite only (the store port has no bulk insert): clones the
 * incidents already written through applyIncidentWrite until `total` exist. Ids, URLs and victim
 * names get a round suffix and each round is dated `round` minutes later, so clones are distinct
 * incidents with distinct times; everything else (JSON, enums) is copied as the store wrote it.
 */
import Database from "better-sqlite3";

const OVERRIDES: Record<string, Record<string, (r: number) => string>> = {
  Incident: {
    id: (r) => `id || '~${r}'`,
    title: (r) => `title || ' (${r})'`,
    victims: (r) => `(SELECT json_group_array(value || ' ${r}') FROM json_each(victims))`,
    updatedAt: (r) => `updatedAt + ${r * 60_000}`,
    firstSeenAt: (r) => `firstSeenAt + ${r * 60_000}`,
  },
  VictimName: { name: (r) => `name || ' ${r}'`, incidentId: (r) => `incidentId || '~${r}'` },
  Source: { id: (r) => `id || '~${r}'`, url: (r) => `url || '&c=${r}'`, incidentId: (r) => `incidentId || '~${r}'` },
  Fact: { id: (r) => `id || '~${r}'`, incidentId: (r) => `incidentId || '~${r}'`, sourceId: (r) => `sourceId || '~${r}'` },
  Change: { id: (r) => `id || '~${r}'`, incidentId: (r) => `incidentId || '~${r}'`, sourceId: (r) => `sourceId || '~${r}'` },
};
const KEY: Record<string, string> = { Incident: "id", VictimName: "incidentId", Source: "incidentId", Fact: "incidentId", Change: "incidentId" };

/** `databaseUrl` is the store's `file:` URL. */
export function cloneIncidents(databaseUrl: string, total: number): number {
  const db = new Database(databaseUrl.replace(/^file:/, ""));
  try {
    db.pragma("journal_mode = WAL");
    const ids = (db.prepare(`SELECT id FROM "Incident" ORDER BY id`).all() as { id: string }[]).map((r) => r.id);
    db.exec("CREATE TEMP TABLE tpl (id TEXT PRIMARY KEY, n INTEGER)");
    const put = db.prepare("INSERT INTO tpl (id, n) VALUES (?, ?)");
    ids.forEach((id, n) => put.run(id, n));
    const statements = Object.keys(OVERRIDES).map((table) => {
      const cols = (db.pragma(`table_info("${table}")`) as { name: string }[]).map((c) => c.name);
      return (r: number, limit: number) => {
        const select = cols.map((c) => (OVERRIDES[table]![c] ? OVERRIDES[table]![c]!(r) : `"${c}"`)).join(", ");
        db.prepare(`INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(", ")}) SELECT ${select} FROM "${table}" WHERE "${KEY[table]}" IN (SELECT id FROM tpl WHERE n < ?)`).run(limit);
      };
    });
    let have = ids.length;
    db.exec("BEGIN");
    for (let r = 1; have < total; r++) {
      const limit = Math.min(ids.length, total - have);
      for (const clone of statements) clone(r, limit);
      have += limit;
    }
    db.exec("COMMIT");
    return have;
  } finally {
    db.close();
  }
}
