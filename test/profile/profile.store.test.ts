import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openSecondStore, openTestStore, storeKinds, type TestStore } from "../helpers/test-store.js";
import type { Store } from "../../src/store/store.port.js";

const AT = new Date("2026-12-05T08:00:00.000Z");

describe.each(storeKinds())("reader profiles in the store (%s)", (kind) => {
  let store: TestStore;
  beforeEach(async () => { store = await openTestStore(kind); });
  afterEach(async () => { await store.cleanup(); });

  it("puts, reads back, replaces and clears a workspace's profile", async () => {
    expect(await store.getReaderProfile("slack:T1")).toBeNull();
    const put = await store.putReaderProfile({
      owner: "slack:T1", organisation: "Acme Air", sector: "airline", jurisdictions: ["AU", "FR", "EU", "AU"],
      listed: true, stack: ["salesforce", "snowflake"], updatedBy: "U1", at: AT,
    });
    expect(put).toEqual({ owner: "slack:T1", organisation: "Acme Air", sector: "airline", jurisdictions: ["AU", "FR", "EU"], listed: true, stack: ["salesforce", "snowflake"], updatedAt: AT, updatedBy: "U1" });
    expect(await store.getReaderProfile("slack:T1")).toEqual(put);
    const replaced = await store.putReaderProfile({ owner: "slack:T1", organisation: null, sector: null, jurisdictions: [], listed: null, stack: ["zendesk"] });
    expect(replaced).toMatchObject({ organisation: null, sector: null, jurisdictions: [], listed: null, stack: ["zendesk"] });
    expect(await store.clearReaderProfile("slack:T1")).toBe(true);
    expect(await store.clearReaderProfile("slack:T1")).toBe(false);
    expect(await store.getReaderProfile("slack:T1")).toBeNull();
  });

  it("patches one field at a time, creating the profile on first use, and edits the stack as a set", async () => {
    const created = await store.patchReaderProfile("teams:tenant-a", { organisation: "Maison Exemple", at: AT });
    expect(created).toEqual({ owner: "teams:tenant-a", organisation: "Maison Exemple", sector: null, jurisdictions: [], listed: null, stack: [], updatedAt: AT, updatedBy: null });
    await store.patchReaderProfile("teams:tenant-a", { stack: ["salesforce", "salesloft-drift"] });
    await store.patchReaderProfile("teams:tenant-a", { stackAdd: ["zendesk", "salesforce"] });
    await store.patchReaderProfile("teams:tenant-a", { stackRemove: ["salesloft-drift"], listed: false });
    const read = await store.getReaderProfile("teams:tenant-a");
    expect(read).toMatchObject({ organisation: "Maison Exemple", listed: false, stack: ["salesforce", "zendesk"] });
    await store.patchReaderProfile("teams:tenant-a", { organisation: null });
    expect((await store.getReaderProfile("teams:tenant-a"))!.organisation).toBeNull();
  });

  it("keeps each workspace's profile apart and lists them by owner", async () => {
    await store.patchReaderProfile("slack:T2", { stack: ["snowflake"] });
    await store.patchReaderProfile("slack:T1", { stack: ["salesforce"] });
    await store.patchReaderProfile("console:local", { sector: "retail" });
    expect((await store.listReaderProfiles()).map((p) => [p.owner, p.stack])).toEqual([
      ["console:local", []], ["slack:T1", ["salesforce"]], ["slack:T2", ["snowflake"]],
    ]);
    expect((await store.getReaderProfile("slack:T2"))!.stack).toEqual(["snowflake"]);
  });

  it("loses no concurrent stack addition, even from a second store on the same database", async () => {
    const other: Store = await openSecondStore(store);
    try {
      const vendors = ["salesforce", "snowflake", "zendesk", "okta", "servicenow", "hubspot"];
      await Promise.all(vendors.map((v, i) => (i % 2 === 0 ? store : other).patchReaderProfile("slack:T9", { stackAdd: [v] })));
      expect([...(await store.getReaderProfile("slack:T9"))!.stack].sort()).toEqual([...vendors].sort());
    } finally {
      await other.close();
    }
  });
});
