import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { renderCard, type CardElement } from "../../adapters/teams/teams.render.js";
import { createBotCore } from "../../src/bot/index.js";
import type { View } from "../../src/domain/view.js";
import { silentLogger } from "../../src/logger.js";
import { seedBotFixtures } from "../bot/bot.fixtures.js";
import { openTestStore, type TestStore } from "../helpers/test-store.js";
import { startFakeConnector, type FakeConnector } from "./fake-connector.js";
import { channelMention, submitClick } from "./teams-fixtures.js";
import { startTeamsHarness, type TeamsHarness } from "./teams-harness.js";

interface Card { body: CardElement[]; actions?: { type: string; title: string; data: { command: string } }[] }
const cardOf = (body: Record<string, unknown>): Card => (body.attachments as { content: Card }[])[0]!.content;
const containers = (body: CardElement[]): CardElement[] => body.filter((e) => e.type === "Container" && e.style === "emphasis");
const textsOf = (el: CardElement): string[] => (el.items as { text: string }[]).map((i) => i.text);

describe("Teams renders quoted evidence", () => {
  it("as an emphasised container: the sentence, then the outlet (linked) and date, markup escaped", () => {
    const view: View = {
      kind: "evidence", title: "Why: X", fallbackText: "Why: X",
      sections: [{ heading: "Number affected", quotes: [{ text: "<at>all</at> *6M* [x](https://evil.test)", source: "Wire", date: "2025-07-02", url: "https://news.example.test/a", note: "claimed" }] }],
    };
    const [quote] = containers(renderCard(view).card.body);
    expect(textsOf(quote!)).toEqual(["_“<\u200Bat>all<\u200B/at> \\*6M\\* \\[x\\]\\(https://evil.test\\)”_", "— [Wire](https://news.example.test/a) — news.example.test, 2025-07-02 (claimed)"]);
  });
});

describe("the Why? button in Teams, with the real core and store", () => {
  let store: TestStore;
  let connector: FakeConnector;
  let bot: TeamsHarness;
  beforeEach(async () => {
    store = await openTestStore("sqlite");
    await seedBotFixtures(store);
    connector = await startFakeConnector();
    bot = await startTeamsHarness({ core: createBotCore({ store, logger: silentLogger }), store });
  });
  afterEach(async () => {
    await bot.close();
    await connector.close();
    await store.cleanup();
  });

  it("an incident card carries Why?; the click answers with the quoted sentences and their sources", async () => {
    await bot.post(channelMention(connector.url, "breach show qantas-2025-06"));
    const why = cardOf(connector.calls[0]!.body).actions!.find((a) => a.title === "Why?");
    expect(why).toEqual({ type: "Action.Submit", title: "Why?", data: { command: "evidence qantas-2025-06" } });
    await bot.post(submitClick(connector.url, why!.data.command, "bot-msg-1"));
    const card = cardOf(connector.calls[1]!.body);
    const quotes = containers(card.body).map(textsOf);
    expect(quotes).toContainEqual(["_“ShinyHunters claims on its leak site to hold 6 million records taken from the airline.”_", "— [The Record](https://news.example.test/qantas-update) — news.example.test, 2025-07-09"]);
    expect(JSON.stringify(card.body)).toContain("Number affected: 5.7M people — confirmed by Qantas");
  });
});
