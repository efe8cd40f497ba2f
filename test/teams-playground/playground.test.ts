/**
 * The README's "Try Teams without an Azure account" steps, as written: `npm start` with no
 * credentials (Teams local mode), then Microsoft 365 Agents Playground with the README's arguments,
 * driven in headless Chromium as a user would. In the personal chat: the welcome help, `subscribe`,
 * `latest`, `show qantas`, a button click, and the daily digest when it arrives. In a team channel:
 * an @mention, a thread reply WITHOUT a mention (what Teams delivers with the RSC permissions; the
 * playground sends it through Mock an Activity › Custom activity) which is answered in the thread,
 * and other chatter, which is ignored.
 *
 * Skips with a logged reason when the playground package or Chromium is missing. Neither the
 * playground nor the browser may reach anything but 127.0.0.1. UPDATE_SCREENSHOTS=1 writes
 * docs/teams-playground-{help,latest,show,click,thread,digest}.png.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/logger.js";
import { createStore } from "../../src/store/index.js";
import { npmStart, REPO_ROOT, type NpmStart } from "./npm-start.js";
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

/** The two commands of the README's playground section. */
function readmeSteps(): { start: boolean; playgroundArgs: string[] } {
  const readme = readFileSync(`${REPO_ROOT}README.md`, "utf8");
  const section = readme.slice(readme.indexOf("### Try Teams without an Azure account"));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
  const lines = block.split("\n").map((l) => l.trim()).filter(Boolean);
  const playground = lines.find((l) => l.startsWith("npx agentsplayground "));
  return { start: lines[0] === "npm start", playgroundArgs: playground ? playground.split(/\s+/).slice(2) : [] };
}

const install = await findPlayground();
const skipReason = !install.ok ? install.reason : !existsSync(CHROMIUM) ? `Chromium not found at ${CHROMIUM}` : null;
if (skipReason) process.stderr.write(`[teams playground test] skipped: ${skipReason}\n`);

const editor = (page: Page, nth = 0): Locator => page.locator('[role="textbox"][data-lexical-editor="true"]').nth(nth);

async function send(page: Page, text: string): Promise<void> {
  await editor(page).click();
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
}

/** Waits until the conversation shows `count` cards and returns the last one. */
async function cardNumber(page: Page, count: number): Promise<Locator> {
  const cards = page.locator(".ac-adaptiveCard");
  await expect.poll(() => cards.count(), { timeout: 20_000 }).toBe(count);
  return cards.nth(count - 1);
}

/** With UPDATE_SCREENSHOTS=1: the page, scrolled so that `anchor` starts (or ends) the visible conversation. */
async function shot(page: Page, name: string, anchor: Locator, block: "start" | "end" = "start"): Promise<void> {
  if (process.env.UPDATE_SCREENSHOTS !== "1") return;
  await anchor.evaluate((el, where) => el.scrollIntoView({ block: where }), block);
  await page.screenshot({ path: SHOT(name) });
}

/** Mock an Activity › Custom activity: replaces the editor's JSON with `activity` and sends it. */
async function sendCustomActivity(page: Page, activity: Record<string, unknown>): Promise<void> {
  await page.getByText("Mock an Activity").click();
  await page.getByRole("menuitem", { name: "Custom activity" }).click();
  const code = page.locator('[role="dialog"] .monaco-editor textarea');
  await code.focus();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(JSON.stringify(activity));
  // The code editor auto-closes brackets as the text arrives: drop whatever it added after it.
  await page.keyboard.press("Shift+Control+End");
  await page.keyboard.press("Delete");
  await page.getByRole("button", { name: "Send activity" }).click();
  await expect.poll(() => page.locator('[role="dialog"]').count()).toBe(0);
}

/** "HH:MM" UTC at least 15 s ahead, so the subscription is stored before the digest job's tick. */
function nextDigestTime(now = new Date()): string {
  const at = new Date(now.getTime() + (now.getUTCSeconds() <= 45 ? 60_000 : 120_000));
  return `${String(at.getUTCHours()).padStart(2, "0")}:${String(at.getUTCMinutes()).padStart(2, "0")}`;
}

describe.skipIf(skipReason !== null)("README steps: npm start + Microsoft 365 Agents Playground (headless Chromium)", () => {
  let bot: NpmStart;
  let playground: PlaygroundProcess;
  let browser: Browser;
  let context: BrowserContext;
  const refusedByBrowser: string[] = [];

  beforeAll(async () => {
    if (!install.ok) return;
    const steps = readmeSteps();
    expect(steps.start).toBe(true);
    expect(steps.playgroundArgs).toEqual(["-e", "http://127.0.0.1:3000/api/messages", "-c", "msteams"]);
    bot = await npmStart();
    const args = steps.playgroundArgs.map((a) => a.replace("127.0.0.1:3000/", `127.0.0.1:${bot.port}/`));
    playground = await startPlayground(install.cli, args);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
    context = await browser.newContext({ viewport: { width: 1280, height: 1100 } });
    // The UI asks a CDN for Segoe UI fonts and an animation worklet; offline it falls back to local fonts.
    await context.route("**/*", (route) => {
      const url = new URL(route.request().url());
      if (LOOPBACK_HOSTS.has(url.host.replace(/:\d+$/, ""))) return route.continue();
      refusedByBrowser.push(url.origin);
      return route.abort("blockedbyclient");
    });
  }, 90_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await playground?.stop();
    await bot?.stop();
    if (bot) expect(bot.logs.some((l) => l.msg === "stopped")).toBe(true);
    const refused = [...new Set([...refusedByBrowser, ...(playground?.blocked() ?? [])])];
    if (refused.length > 0) process.stderr.write(`[teams playground test] refused non-loopback requests: ${refused.join(", ")}\n`);
  }, 30_000);

  it("runs the README steps: help, subscribe, latest, show, a click, a thread reply without a mention, and the digest", async () => {
    const local = await bot.waitForLog((l) => l.msg === "teams adapter in local mode");
    expect(String(local.reason)).toMatch(/from this machine only/);
    await bot.waitForLog((l) => l.msg === "offline sample loaded");
    const page = await context.newPage();
    await page.goto(playground.url);

    // Personal chat. Joining sends conversationUpdate (the bot greets); `help` lists every command, none hidden.
    await cardNumber(page, 1);
    await send(page, "help");
    const help = await cardNumber(page, 2);
    const helpText = await help.innerText();
    for (const command of ["latest", "search", "show", "subscriptions", "watches", "add"]) expect(helpText).toContain(command);
    expect(helpText).not.toMatch(/more items|\/breach|`/);
    await shot(page, "teams-playground-help.png", page.getByText("help", { exact: true }).last());

    const at = nextDigestTime();
    await send(page, `subscribe at ${at} UTC`);
    expect(await (await cardNumber(page, 3)).innerText()).toContain(`Daily digest at ${at} (UTC)`);

    await send(page, "latest");
    const list = await cardNumber(page, 4);
    expect((await list.getByRole("button", { name: "Details" }).count())).toBeGreaterThan(1);
    await shot(page, "teams-playground.png", page.getByText("latest", { exact: true }).last());

    await send(page, "show qantas");
    const incident = await cardNumber(page, 5);
    const shown = await incident.innerText();
    expect(shown).toMatch(/Qantas/);
    expect(shown).not.toMatch(/Post to channel|Subscribe this channel/);
    expect(await incident.getByRole("button", { name: "Send me a daily digest" }).count()).toBe(1);
    await shot(page, "teams-playground-show.png", incident);

    await incident.getByRole("button", { name: "Recommended actions" }).click();
    const actions = await cardNumber(page, 6);
    const actionsText = await actions.innerText();
    expect(actionsText).toMatch(/Recommended actions/);
    expect(actionsText).not.toMatch(/\/breach|`/);
    await shot(page, "teams-playground-click.png", actions);

    // Team channel: the bot is added (welcome post), then a post mentioning it gets the incident in its thread.
    await page.getByText("General", { exact: true }).click();
    await expect.poll(() => page.locator(".ac-adaptiveCard").count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(1_000);
    const welcome = await page.locator(".ac-adaptiveCard").count();
    await editor(page).click();
    await page.keyboard.type("@Test");
    await page.getByRole("menuitem").filter({ hasText: "Test Bot" }).click();
    await page.keyboard.type(" show qantas");
    await page.getByRole("button", { name: "Post" }).click();
    // Channel posts are listed newest first; a thread's replies in order under its post.
    await cardNumber(page, welcome + 1);
    const post = page.locator("div").filter({ has: page.getByText("show qantas", { exact: true }) }).filter({ has: page.locator(".ac-adaptiveCard") }).last();
    expect(await post.locator(".ac-adaptiveCard").first().innerText()).toMatch(/Qantas[\s\S]*Facts/);
    const turn = await bot.waitForLog((l) => l.msg === "teams turn" && String(l.target).endsWith(":team-id"));
    const root = String(turn.threadId);

    // A reply in that thread without a mention, as Teams delivers it with ChannelMessage.Read.Group.
    const store = await createStore({ databaseUrl: bot.databaseUrl, logger: silentLogger });
    const ref = (await store.getInstallation("teams", String(turn.target))) as Record<string, any>;
    await store.close();
    const message = (id: string, conversationId: string, text: string) => ({
      type: "message", id, timestamp: new Date().toISOString(), channelId: ref.channelId, serviceUrl: ref.serviceUrl, from: ref.user,
      recipient: ref.bot, conversation: { ...ref.conversation, id: conversationId }, textFormat: "plain", text,
      channelData: { tenant: { id: ref.conversation.tenantId }, team: { id: ref.teamId }, channel: { id: ref.conversation.id } },
    });
    await sendCustomActivity(page, { ...message("rsc-reply-1", `${ref.conversation.id};messageid=${root}`, "was passport data taken?"), replyToId: root });
    await cardNumber(page, welcome + 2);
    await expect.poll(() => post.locator(".ac-adaptiveCard").count()).toBe(2);
    expect(await post.locator(".ac-adaptiveCard").nth(1).innerText()).toMatch(/passport/i);
    const answered = await bot.waitForLog((l) => l.msg === "teams turn" && l.threadId === root && l.incidentId !== undefined);
    expect(answered.incidentId).toMatch(/^qantas-/);
    await shot(page, "teams-playground-thread.png", post.locator(".ac-adaptiveCard").nth(1), "end");

    // Other chatter in the channel (a new post, no mention): delivered, and ignored.
    await sendCustomActivity(page, message("rsc-chatter-1", `${ref.conversation.id};messageid=rsc-chatter-1`, "lunch at noon?"));
    await expect.poll(() => page.getByText(/message 200 lunch at noon\?/).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(1_000);
    expect(await page.locator(".ac-adaptiveCard").count()).toBe(welcome + 2);
    expect(bot.logs.some((l) => l.msg === "teams turn" && l.threadId === "rsc-chatter-1")).toBe(false);

    // Back in the personal chat, the daily digest arrives on its own: one element per incident line.
    await page.getByText("Personal Chat", { exact: true }).click();
    await bot.waitForLog((l) => l.msg === "delivery posted" && l.kind === "digest", 150_000);
    const digest = await cardNumber(page, 7);
    const digestText = await digest.innerText();
    expect(digestText).toMatch(/Breach Radar digest/);
    expect(digestText).toMatch(/New incidents \(\d+\)/);
    expect(await digest.getByRole("button", { name: "Recommended actions" }).count()).toBeGreaterThan(1);
    await shot(page, "teams-playground-digest.png", digest);
    await page.close();
  }, 240_000);
});
