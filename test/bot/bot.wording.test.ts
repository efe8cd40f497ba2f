import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotCore } from "../../src/bot/bot.port.js";
import { plural } from "../../src/bot/views/format.js";
import { collectDigest, composeDigest } from "../../src/schedule/digest.compose.js";
import { renderBlocks } from "../../adapters/slack/slack.render.js";
import { openTestStore, storeKinds, type TestStore } from "../helpers/test-store.js";
import { seedIncidents } from "../slack/seed.js";
import { coreFor, ctxFor } from "./bot.harness.js";

describe("plural", () => {
  it("says 1 watch, 9 watches, 2 sources, 0 incidents", () => {
    expect(plural(1, "watch")).toBe("1 watch");
    expect(plural(9, "watch")).toBe("9 watches");
    expect(plural(2, "source")).toBe("2 sources");
    expect(plural(0, "incident")).toBe("0 incidents");
  });
});

describe.each(storeKinds())("wording users see (%s)", (kind) => {
  let store: TestStore;
  let core: BotCore;
  beforeAll(async () => {
    store = await openTestStore(kind);
    await seedIncidents(store, 68); // 70 incidents, first seen in July 2025
    core = coreFor(store);
  });
  afterAll(async () => { await store.cleanup(); });

  it("turns validation failures into words, never zod's own text", async () => {
    const cases: [string, string][] = [
      [`search ${"x".repeat(250)}`, "Search text can be at most 200 characters"],
      [`watch ${"y".repeat(120)}`, "A watch term can be at most 100 characters"],
      ["latest 5 page 20000", "The page number can be at most 10000"],
    ];
    for (const [text, words] of cases) {
      const view = await core.handleCommand(text, ctxFor());
      expect(view.fallbackText).toContain(words);
      expect(view.fallbackText).not.toMatch(/Too big|Too small|expected string|Invalid input/);
    }
  });

  it("counts watches in English", async () => {
    for (const term of ["Salesforce", "Zendesk", "Snowflake"]) await core.handleCommand(`watch ${term}`, ctxFor("C3"));
    expect((await core.handleCommand("watches", ctxFor("C3"))).context).toBe("3 watches");
  });

  it("subscriptions name the conversation (as a link for the adapter), not internal ids, and only this one", async () => {
    await core.handleCommand("subscribe airline", ctxFor("C4"));
    await core.handleCommand("subscribe retail", ctxFor("C5"));
    const view = await core.handleCommand("subscriptions", ctxFor("C4"));
    const items = view.sections[0]!.items!;
    expect(items.map((i) => [i.title, i.channel])).toEqual([["This conversation", "slack:T1:C4"]]);
    expect(view.fallbackText).not.toContain("slack:T1:");
    const blocks = JSON.stringify(renderBlocks(view).blocks);
    expect(blocks).toContain("<#C4> *This conversation*");
    expect(blocks).not.toContain("C5");
    expect(blocks).not.toContain("slack:T1:");
  });

  it("a digest states how many were new and that it shows only some", async () => {
    const content = await collectDigest(store, { sectors: [], minSeverity: "low" }, new Date("2025-01-01T00:00:00Z"));
    expect(content.newTotal).toBe(70);
    const view = composeDigest(content, { date: "2025-09-01", since: new Date("2025-01-01T00:00:00Z"), late: false, postWhenEmpty: true, campaignNames: new Map() })!;
    expect(view.sections[0]!.heading).toBe("New incidents (70, showing the 15 most recently updated)");
    expect(view.sections[0]!.items).toHaveLength(15);
    expect(view.sections[0]!.text).toContain("55 more new incidents are not listed here");
    const message = renderBlocks(view);
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    expect(JSON.stringify(message.blocks)).not.toMatch(/… \(\d+ more\)/);
  });
});
