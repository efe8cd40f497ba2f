import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/cli.js";
import { openTestStore, storeKinds, type TestStore } from "../helpers/test-store.js";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) }, out, err };
}

describe.each(storeKinds())("breach-radar profiles (%s)", (kind) => {
  let store: TestStore;
  const saved = { url: process.env.DATABASE_URL, level: process.env.LOG_LEVEL };
  beforeEach(async () => {
    store = await openTestStore(kind);
    process.env.DATABASE_URL = store.databaseUrl;
    process.env.LOG_LEVEL = "silent";
  });
  afterEach(async () => {
    process.env.DATABASE_URL = saved.url;
    process.env.LOG_LEVEL = saved.level;
    await store.cleanup();
  });

  it("lists every workspace's profile (text and JSON) and clears one", async () => {
    await store.patchReaderProfile("slack:T1", { organisation: "Acme\u001b[31m Air", stack: ["salesforce", "salesloft-drift"], jurisdictions: ["AU"], listed: true });
    await store.patchReaderProfile("teams:tenant-1", { sector: "retail" });
    const listed = capture();
    expect(await main(["profiles", "list"], listed.io)).toBe(0);
    const text = listed.out.join("\n");
    expect(text).toContain("slack:T1  org Acme[31m Air; sector -; countries AU; listed yes; stack Salesforce, Salesloft Drift");
    expect(text).not.toContain("\u001b");
    expect(text).toContain("teams:tenant-1  org -; sector retail");
    const json = capture();
    expect(await main(["profiles", "list", "--json"], json.io)).toBe(0);
    expect(JSON.parse(json.out.join("")).map((p: { owner: string }) => p.owner)).toEqual(["slack:T1", "teams:tenant-1"]);
    const cleared = capture();
    expect(await main(["profiles", "clear", "teams:tenant-1"], cleared.io)).toBe(0);
    expect(await store.getReaderProfile("teams:tenant-1")).toBeNull();
    const again = capture();
    expect(await main(["profiles", "clear", "teams:tenant-1"], again.io)).toBe(1);
    expect(again.err.join("")).toContain('No reader profile for "teams:tenant-1"');
    const bad = capture();
    expect(await main(["profiles", "drop"], bad.io)).toBe(2);
  });
});
