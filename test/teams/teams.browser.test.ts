/**
 * "As a user would": the bot answers over the Bot Framework protocol, the card it sends is
 * rendered in headless Chromium with the Adaptive Cards JS renderer, a button is clicked, and the
 * click goes back to the bot as Teams would send it. Skips (with the reason) when Chromium or the
 * renderer is missing. UPDATE_SCREENSHOTS=1 also writes docs/teams-card.png.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBotCore } from "../../src/bot/index.js";
import { silentLogger } from "../../src/logger.js";
import { openTestStore, type TestStore } from "../helpers/test-store.js";
import { makeWrite } from "../store/store-fixtures.js";
import { startFakeConnector, type FakeConnector } from "./fake-connector.js";
import { channelMention, submitClick } from "./teams-fixtures.js";
import { startTeamsHarness, type TeamsHarness } from "./teams-harness.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const PAGE = fileURLToPath(new URL("./fixtures/card-preview.html", import.meta.url));
const SCREENSHOT = fileURLToPath(new URL("../../docs/teams-card.png", import.meta.url));

/** adaptivecards comes with botbuilder (via botframework-schema); it is not a direct dependency. */
function rendererPath(): string | null {
  try {
    const fromSchema = createRequire(createRequire(import.meta.url).resolve("botframework-schema"));
    return fromSchema.resolve("adaptivecards/dist/adaptivecards.min.js");
  } catch {
    return null;
  }
}

const renderer = rendererPath();
const skipReason = !existsSync(CHROMIUM) ? `Chromium not found at ${CHROMIUM}` : !renderer ? "adaptivecards renderer not installed" : null;
if (skipReason) process.stderr.write(`[teams browser test] skipped: ${skipReason}\n`);

const cardOf = (body: Record<string, unknown>): unknown => (body.attachments as { content: unknown }[])[0]!.content;

describe.skipIf(skipReason !== null)("Teams card as a user sees it (headless Chromium)", () => {
  let browser: Browser;
  let store: TestStore;
  let connector: FakeConnector;
  let bot: TeamsHarness;

  beforeAll(async () => {
    store = await openTestStore("sqlite");
    await store.applyIncidentWrite(makeWrite());
    connector = await startFakeConnector();
    bot = await startTeamsHarness({ core: createBotCore({ store, logger: silentLogger }), store });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  });
  afterAll(async () => {
    await browser?.close();
    await bot?.close();
    await connector?.close();
    await store?.cleanup();
  });

  it("shows the incident card, and its 'Recommended actions' button runs the command", async () => {
    const question = "breach show qantas-2025-06";
    await bot.post(channelMention(connector.url, question));
    const page = await browser.newPage({ viewport: { width: 760, height: 900 } });
    await page.goto(`file://${PAGE}`);
    await page.addScriptTag({ path: renderer! });
    await page.evaluate(([q, card]) => {
      const w = globalThis as unknown as { addMessage(who: string, p: unknown): void };
      w.addMessage("user", `@Breach Radar ${q}`);
      w.addMessage("bot", card);
    }, [question, cardOf(connector.calls[0]!.body)] as const);

    await expect.poll(() => page.getByText("Qantas customer data taken from a call-centre platform").count()).toBeGreaterThan(0);
    expect(await page.getByText("Salesforce (third party)").count()).toBeGreaterThan(0);
    expect(await page.locator("a[href='https://news.example.test/qantas-2025-06/first']").count()).toBe(1);
    if (process.env.UPDATE_SCREENSHOTS === "1") await page.screenshot({ path: SCREENSHOT, fullPage: true });

    await page.getByRole("button", { name: "Recommended actions" }).click();
    const submits = await page.evaluate(() => (globalThis as unknown as { __submits: { command: string }[] }).__submits);
    expect(submits).toEqual([{ command: "actions qantas-2025-06" }]);

    // Teams delivers the click as a message activity whose value is the Action.Submit data.
    await bot.post(submitClick(connector.url, submits[0]!.command, "bot-msg-1"));
    expect(connector.calls).toHaveLength(2);
    await page.evaluate((card) => (globalThis as unknown as { addMessage(w: string, p: unknown): void }).addMessage("bot", card), cardOf(connector.calls[1]!.body));
    await expect.poll(() => page.locator(".msg.bot").count()).toBe(2);
    expect(await page.locator(".msg.bot").nth(1).innerText()).toMatch(/Qantas/);
    await page.close();
  });
});
