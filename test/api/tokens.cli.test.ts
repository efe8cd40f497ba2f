import { afterEach, beforeEach, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import pg from "pg";
import { main } from "../../src/cli/cli.js";
import { hashToken } from "../../src/api/token.service.js";
import { openTestStore, storeKinds, type TestStore } from "../helpers/test-store.js";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) }, out, err };
}

/** Every column of every ApiToken row, read straight from the database (not through the store). */
async function rawRows(store: TestStore): Promise<string> {
  if (store.kind === "sqlite") {
    const db = new Database(store.databaseUrl.replace(/^file:/, ""), { readonly: true });
    try { return JSON.stringify(db.prepare('SELECT * FROM "ApiToken"').all()); } finally { db.close(); }
  }
  const client = new pg.Client({ connectionString: store.databaseUrl });
  await client.connect();
  try { return JSON.stringify((await client.query('SELECT * FROM "ApiToken"')).rows); } finally { await client.end(); }
}

describe.each(storeKinds())("breach-radar tokens (%s)", (kind) => {
  let store: TestStore;
  const saved = process.env.DATABASE_URL;
  beforeEach(async () => {
    store = await openTestStore(kind);
    process.env.DATABASE_URL = store.databaseUrl;
    process.env.LOG_LEVEL = "silent";
  });
  afterEach(async () => {
    process.env.DATABASE_URL = saved;
    await store.cleanup();
  });

  it("creates a token shown once and stored only as a hash, lists it, revokes it by prefix", async () => {
    const created = capture();
    expect(await main(["tokens", "create", "OpenCTI", "production", "--rate", "30"], created.io)).toBe(0);
    const token = /brk_[A-Za-z0-9_-]{43}/.exec(created.out.join("\n"))?.[0];
    expect(token).toBeDefined();
    const raw = await rawRows(store);
    expect(raw).not.toContain(token!.slice(12));
    expect(raw).toContain(hashToken(token!));
    const [record] = await store.listApiTokens();
    expect(record).toMatchObject({ name: "OpenCTI production", ratePerMinute: 30, revokedAt: null });
    expect((await store.findActiveApiToken(hashToken(token!)))?.id).toBe(record!.id);

    const listed = capture();
    expect(await main(["tokens", "list"], listed.io)).toBe(0);
    expect(listed.out.join("\n")).toContain(`${record!.prefix}…  OpenCTI production  (active`);
    expect(listed.out.join("\n")).not.toContain(token!);

    const revoked = capture();
    expect(await main(["tokens", "revoke", record!.prefix], revoked.io)).toBe(0);
    expect(await store.findActiveApiToken(hashToken(token!))).toBeNull();
    expect(await store.countActiveApiTokens()).toBe(0);
    const again = capture();
    expect(await main(["tokens", "revoke", record!.prefix], again.io)).toBe(1);
    expect(again.err.join("\n")).toMatch(/No single active token/);
  });

  it("refuses a missing name, a bad rate and an unknown action with usage, and strips control characters", async () => {
    const a = capture();
    expect(await main(["tokens", "create"], a.io)).toBe(2);
    expect(a.err.join("")).toMatch(/NAME/);
    const b = capture();
    expect(await main(["tokens", "create", "x", "--rate", "fast"], b.io)).toBe(2);
    const c = capture();
    expect(await main(["tokens", "rotate"], c.io)).toBe(2);
    const d = capture();
    expect(await main(["tokens", "create", "evil\u001b[31mred"], d.io)).toBe(0);
    const list = capture();
    await main(["tokens", "list"], list.io);
    expect(list.out.join("")).not.toContain("\u001b");
    expect(await store.countActiveApiTokens()).toBe(1);
  });
});
