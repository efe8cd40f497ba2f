import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBotCore } from "../../src/bot/index.js";
import { silentLogger } from "../../src/logger.js";
import { openTestStore, storeKinds, type TestStore } from "../helpers/test-store.js";
import { makeWrite } from "../store/store-fixtures.js";
import { startFakeConnector, type FakeConnector } from "../teams/fake-connector.js";
import { personalMessage } from "../teams/teams-fixtures.js";
import { startTeamsHarness, type TeamsHarness } from "../teams/teams-harness.js";

type Card = { body: Record<string, unknown>[]; actions?: { title: string; data: { command: string } }[] };
const cardOf = (body: Record<string, unknown>): Card => (body.attachments as { content: Card }[])[0]!.content;

describe.each(storeKinds())("Teams: breach actions … notice fr (%s)", (kind) => {
  let store: TestStore;
  let connector: FakeConnector;
  let bot: TeamsHarness;
  beforeAll(async () => {
    store = await openTestStore(kind);
    await store.applyIncidentWrite(makeWrite());
    connector = await startFakeConnector();
    bot = await startTeamsHarness({ core: createBotCore({ store, logger: silentLogger }), store });
  });
  afterAll(async () => {
    await bot.close();
    await connector.close();
    await store.cleanup();
  });

  it("answers the French customer notice as a monospace block, with submit buttons to the other templates", async () => {
    await bot.post(personalMessage(connector.url, "breach actions qantas-2025-06 notice fr"));
    const card = cardOf(connector.calls[0]!.body);
    const block = card.body.find((e) => e.type === "Container" && e.style === "emphasis") as { items: { text: string; fontType: string }[] };
    expect(block.items[0]!.fontType).toBe("Monospace");
    expect(block.items[0]!.text).toContain("Qantas a subi une fuite de données");
    expect(block.items.map((i) => i.text).join(" ")).toContain("Nous ne vous demanderons jamais votre mot de passe");
    expect(card.actions?.map((a) => a.data.command)).toEqual([
      "actions qantas-2025-06 notice en", "actions qantas-2025-06 script fr", "actions qantas-2025-06 staff fr", "actions qantas-2025-06",
    ]);
  });
});
