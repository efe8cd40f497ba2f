import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createBotCore } from "../../src/bot/index.js";
import { silentLogger } from "../../src/logger.js";
import { renderCard } from "../../adapters/teams/teams.render.js";
import { renderText } from "../../adapters/console/console.render.js";
import { openTestStore, storeKinds, type TestStore } from "../helpers/test-store.js";
import { makeWrite } from "../store/store-fixtures.js";
import { startFakeConnector, type FakeConnector } from "../teams/fake-connector.js";
import { channelMention, personalMessage, TENANT } from "../teams/teams-fixtures.js";
import { startTeamsHarness, type TeamsHarness } from "../teams/teams-harness.js";
import type { ChatContext } from "../../src/domain/chat.js";

const cardText = (body: Record<string, unknown>): string => JSON.stringify((body.attachments as { content: unknown }[])[0]!.content);
const OTHER_TENANT = "72f988bf-0000-4000-8000-00000000ab02";

/** The same personal message from another tenant. */
function fromOtherTenant(activity: Record<string, unknown>): Record<string, unknown> {
  return {
    ...activity,
    conversation: { ...(activity.conversation as object), tenantId: OTHER_TENANT, id: "a:1other-tenant-chat" },
    channelData: { tenant: { id: OTHER_TENANT } },
  };
}

describe.each(storeKinds())("reader profile in Teams (%s)", (kind) => {
  let store: TestStore;
  let connector: FakeConnector;
  let bot: TeamsHarness;

  beforeEach(async () => {
    store = await openTestStore(kind);
    await store.applyIncidentWrite(makeWrite()); // a Salesforce incident (qantas-2025-06)
    connector = await startFakeConnector();
    bot = await startTeamsHarness({ core: createBotCore({ store, logger: silentLogger }), store });
  });
  afterEach(async () => {
    await bot.close();
    await connector.close();
    await store.cleanup();
  });

  it("stores the profile for the tenant from a channel mention, shows it in a 1:1 chat, and flags the incident card", async () => {
    await bot.post(channelMention(connector.url, "breach profile stack Sales Force, Drift"));
    expect(cardText(connector.calls[0]!.body)).toContain("Stack set to Salesforce, Salesloft Drift.");
    expect((await store.getReaderProfile(`teams:${TENANT}`))!.stack).toEqual(["salesforce", "salesloft-drift"]);

    await bot.post(personalMessage(connector.url, "profile"));
    expect(cardText(connector.calls[1]!.body)).toContain("Salesforce, Salesloft Drift");

    await bot.post(personalMessage(connector.url, "breach show qantas-2025-06"));
    const shown = cardText(connector.calls[2]!.body);
    expect(shown).toContain("**Your stack:** You use Salesforce");
    expect(shown).toContain("is the platform named in this incident");

    // Another tenant has no profile: no flag, and its "profile" says none is set.
    await bot.post(fromOtherTenant(personalMessage(connector.url, "breach show qantas-2025-06")));
    expect(cardText(connector.calls[3]!.body)).not.toContain("You use");
    await bot.post(fromOtherTenant(personalMessage(connector.url, "profile")));
    expect(cardText(connector.calls[4]!.body)).toContain("No reader profile is set");
  });

  it("escapes an organisation name's markdown in the Adaptive Card", async () => {
    await bot.post(personalMessage(connector.url, "profile org **Acme** [login](https://evil.example/x)"));
    // The card's markdown text blocks carry it escaped; the plain fallback text is not rendered as markdown.
    const body = JSON.stringify(((connector.calls[0]!.body.attachments as { content: { body: unknown } }[])[0]!.content).body);
    expect(body).not.toContain("[login](https://evil.example/x)");
    expect(body).not.toContain("**Acme**");
    expect(body).toContain("\\\\*\\\\*Acme\\\\*\\\\*");
    expect((await store.getReaderProfile(`teams:${TENANT}`))!.organisation).toBe("**Acme** [login](https://evil.example/x)");
  });
});

describe.each(storeKinds())("reader profile in the console (%s)", (kind) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await openTestStore(kind);
    await store.applyIncidentWrite(makeWrite());
  });
  afterEach(async () => { await store.cleanup(); });

  it("keeps the console's own profile and flags its incident view in plain text", async () => {
    const core = createBotCore({ store, logger: silentLogger });
    const ctx: ChatContext = { platform: "console", workspaceId: "local", target: "console:cli", userId: "cli" };
    await core.handleMessage("profile stack salesforce, snowflake", ctx);
    await core.handleMessage("profile countries AU, EU", ctx);
    expect(await store.getReaderProfile("console:local")).toMatchObject({ stack: ["salesforce", "snowflake"], jurisdictions: ["AU", "EU"] });
    const text = renderText(await core.handleMessage("show qantas-2025-06", ctx));
    expect(text).toContain("[YOUR STACK] You use Salesforce");
    const card = JSON.stringify(renderCard(await core.handleMessage("show qantas-2025-06", ctx)).card);
    expect(card).toContain("You use Salesforce");
  });
});
