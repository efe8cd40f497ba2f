import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTeamsAuth } from "../../adapters/teams/teams.auth.js";
import { openTestStore, type TestStore } from "../helpers/test-store.js";
import { startFakeConnector, type FakeConnector } from "./fake-connector.js";
import { fakeCore, personalMessage } from "./teams-fixtures.js";
import { startTeamsHarness, testConfig, type TeamsHarness } from "./teams-harness.js";

const APP = { MicrosoftAppId: "00000000-0000-4000-8000-00000000a990", MicrosoftAppPassword: "not-a-real-secret" };

describe("Teams inbound authentication", () => {
  let store: TestStore;
  let connector: FakeConnector;
  let bot: TeamsHarness;
  let core: ReturnType<typeof fakeCore>;

  beforeEach(async () => {
    store = await openTestStore("sqlite");
    connector = await startFakeConnector();
    core = fakeCore();
    bot = await startTeamsHarness({ core, store, config: testConfig(APP) });
  });
  afterEach(async () => {
    await bot.close();
    await connector.close();
    await store.cleanup();
  });

  it("rejects an unauthenticated activity with 401 when MicrosoftAppId is configured", async () => {
    const res = await bot.post(personalMessage(connector.url, "breach latest"));
    expect(res.status).toBe(401);
    expect(core.calls).toHaveLength(0);
    expect(connector.attempts).toBe(0);
  });

  it("rejects a malformed bearer token with 401 without reaching the core", async () => {
    const res = await bot.post(personalMessage(connector.url, "breach latest"), { authorization: "Bearer not.a.jwt" });
    expect(res.status).toBe(401);
    expect(core.calls).toHaveLength(0);
  });
});

describe("Teams auth configuration", () => {
  it("requires a tenant for SingleTenant and a password for MultiTenant", () => {
    expect(() => createTeamsAuth({ ...APP, MicrosoftAppType: "SingleTenant", MicrosoftAppTenantId: undefined })).toThrow(/MicrosoftAppTenantId/);
    expect(() => createTeamsAuth({ ...APP, MicrosoftAppPassword: undefined, MicrosoftAppType: "MultiTenant", MicrosoftAppTenantId: undefined })).toThrow(/MicrosoftAppPassword/);
  });

  it("builds single-tenant, multi-tenant and emulator authentication", async () => {
    const single = createTeamsAuth({ ...APP, MicrosoftAppType: "SingleTenant", MicrosoftAppTenantId: "72f988bf-0000-4000-8000-00000000ab01" });
    const multi = createTeamsAuth({ ...APP, MicrosoftAppType: "MultiTenant", MicrosoftAppTenantId: undefined });
    const emulator = createTeamsAuth({ MicrosoftAppId: undefined, MicrosoftAppPassword: undefined, MicrosoftAppType: "MultiTenant", MicrosoftAppTenantId: undefined });
    // Without a token, only the emulator configuration (no app id) lets a request through.
    await expect(single.authenticateChannelRequest("")).rejects.toThrow(/Unauthorized/i);
    await expect(multi.authenticateChannelRequest("")).rejects.toThrow(/Unauthorized/i);
    await expect(emulator.authenticateChannelRequest("")).resolves.toBeDefined();
  });
});
