/**
 * As a user would, in Microsoft 365 Agents Playground (a local Teams-like web client with a mocked
 * connector) driven by headless Chromium: type "breach latest", see the bot's card, click a button
 * on it, see the answer. The bot is the real service path: Teams adapter on the service's HTTP
 * server, real core, real SQLite store filled with the offline sample.
 *
 * Skips with a logged reason when the playground package or Chromium is missing.
 * Neither the playground process nor the browser may reach anything but 127.0.0.1.
 * UPDATE_SCREENSHOTS=1 writes docs/teams-playground.png and docs/teams-playground-click.png.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/logger.js";
import { startPlaygroundBot, type PlaygroundBot } from "./playground-bot.js";
import { findPlayground, startPlayground, type PlaygroundProcess } from "./playground-process.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
  "--disable-sync", "--no-first-run", "--disable-quic",
  // Chromium's own background look-ups (update.googleapis.com, accounts.google.com) end here, not in DNS.
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
];
const SHOT = (name: string) => fileURLToPath(new URL(`../../docs/${name}`, import.meta.url));
const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

const install = await findPlayground();
const skipReason = !install.ok ? install.reason : !existsSync(CHROMIUM) ? `Chromium not found at ${CHROMIUM}` : null;
if (skipReason) process.stderr.write(`[teams playground test] skipped: ${skipReason}\n`);

/** Incident ids in the order they appear in a card's text. */
function idsInOrder(text: string, ids: string[]): string[] {
  const at = (id: string) => new RegExp(`(^|[^a-z0-9-])${id}($|[^a-z0-9-])`).exec(text)?.index ?? -1;
  return ids.filter((id) => at(id) >= 0).sort((a, b) => at(a) - at(b));
}

async function send(page: Page, text: string): Promise<void> {
  const box = page.locator('[role="textbox"][data-lexical-editor="true"]');
  await box.click();
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
}

/** With UPDATE_SCREENSHOTS=1: the page, scrolled so that `top` starts the visible conversation. */
async function shot(page: Page, name: string, top: Locator): Promise<void> {
  if (process.env.UPDATE_SCREENSHOTS !== "1") return;
  await top.evaluate((el) => el.scrollIntoView({ block: "start" }));
  await page.screenshot({ path: SHOT(name) });
}

describe.skipIf(skipReason !== null)("Teams bot in Microsoft 365 Agents Playground (headless Chromium)", () => {
  let bot: PlaygroundBot;
  let playground: PlaygroundProcess;
  let browser: Browser;
  let context: BrowserContext;
  const refusedByBrowser: string[] = [];

  beforeAll(async () => {
    if (!install.ok) return;
    bot = await startPlaygroundBot(silentLogger);
    playground = await startPlayground(install.cli, bot.endpoint);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
    context = await browser.newContext({ viewport: { width: 1280, height: 1100 } });
    // The UI asks a CDN for Segoe UI fonts and an animation worklet; offline it falls back to local fonts.
    await context.route("**/*", (route) => {
      const url = new URL(route.request().url());
      if (LOOPBACK_HOSTS.has(url.host.replace(/:\d+$/, ""))) return route.continue();
      refusedByBrowser.push(url.origin);
      return route.abort("blockedbyclient");
    });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await playground?.stop();
    await bot?.close();
    const refused = [...new Set([...refusedByBrowser, ...(playground?.blocked() ?? [])])];
    if (refused.length > 0) process.stderr.write(`[teams playground test] refused non-loopback requests: ${refused.join(", ")}\n`);
  });

  it("answers 'breach latest' with a card whose Details button opens the incident", async () => {
    const ids = (await bot.store.listIncidents()).map((incident) => incident.id);
    expect(ids.length).toBe(bot.incidents);
    const page = await context.newPage();
    await page.goto(playground.url);
    const cards = page.locator(".ac-adaptiveCard");
    // Joining the chat sends conversationUpdate; the bot greets with its help card.
    await expect.poll(() => cards.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const before = await cards.count();

    await send(page, "breach latest");
    await expect.poll(() => cards.count(), { timeout: 15_000 }).toBe(before + 1);
    const list = cards.last();
    const listed = idsInOrder(await list.innerText(), ids);
    expect(listed.length).toBeGreaterThan(1);
    const details = list.getByRole("button", { name: "Details" });
    expect(await details.count()).toBe(listed.length);
    const asked = page.getByText("breach latest", { exact: true }).last();
    await expect.poll(() => asked.isVisible()).toBe(true);
    await shot(page, "teams-playground.png", asked);

    const first = (await bot.store.getIncident(listed[0]!))!;
    await details.first().click();
    await expect.poll(() => cards.count(), { timeout: 15_000 }).toBe(before + 2);
    const answer = cards.last();
    const text = await answer.innerText();
    expect(text).toContain(first.id);
    if (first.title) expect(text).toContain(first.title);
    await shot(page, "teams-playground-click.png", answer);

    await page.close();
  }, 40_000);
});
