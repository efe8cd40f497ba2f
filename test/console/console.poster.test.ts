import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CONSOLE_PROMPT, createConsoleChannel, createConsolePoster, localAction, startConsole, type ConsoleChannel } from "../../adapters/console/index.js";
import type { BotCore } from "../../src/bot/bot.port.js";
import { createBotCore } from "../../src/bot/index.js";
import { fakeClock } from "../../src/clock.js";
import type { ChatContext } from "../../src/domain/chat.js";
import type { View } from "../../src/domain/view.js";
import { silentLogger } from "../../src/logger.js";
import { createScheduler } from "../../src/schedule/index.js";
import { seedBotFixtures } from "../bot/bot.fixtures.js";
import { openTestStore, storeKinds, type TestStore } from "../helpers/test-store.js";
import { addIncident } from "../schedule/schedule.fixtures.js";

/** A running console session on streams: type a line, wait for the next prompt, read everything written. */
function session(core: BotCore, channel?: ConsoleChannel) {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = "";
  output.on("data", (c: Buffer) => { text += c.toString("utf8"); });
  const done = startConsole({ core, input, output, logger: silentLogger, channel });
  const prompts = () => text.split(CONSOLE_PROMPT).length - 1;
  const waitFor = async (test: () => boolean) => {
    const deadline = Date.now() + 10_000;
    while (!test()) {
      if (Date.now() > deadline) throw new Error(`console did not answer; output so far:\n${text}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  };
  return {
    get text() { return text; },
    async type(line: string): Promise<string> {
      await waitFor(() => prompts() >= 1);
      const before = prompts();
      const from = text.length;
      input.write(`${line}\n`);
      await waitFor(() => prompts() > before || /Bye\.\n$/.test(text));
      return text.slice(from);
    },
    async end() {
      input.write("exit\n");
      await done;
    },
  };
}

const scheduler = (store: TestStore, channel: ConsoleChannel, at: Date) => {
  const clock = fakeClock(at);
  const core = createBotCore({ store, logger: silentLogger, clock });
  return createScheduler({
    store, core, clock, logger: silentLogger,
    posters: [createConsolePoster({ channel, logger: silentLogger, now: () => clock.now() })],
    ingestor: { pollAllFeeds: async () => ({}) }, config: { FEED_POLL_CRON: "*/15 * * * *", RETENTION_DAYS: 180 },
  });
};

/** Tomorrow at 08:00:30 UTC: a digest at 08:00 UTC is due. */
function tomorrowAtEight(): Date {
  const d = new Date(Date.now() + 86_400_000);
  d.setUTCHours(8, 0, 30, 0);
  return d;
}

describe.each(storeKinds())("the console is a real adapter: subscriptions and watches post into it (%s)", (kind) => {
  let store: TestStore;
  let dir: string;
  beforeEach(async () => {
    store = await openTestStore(kind);
    await seedBotFixtures(store);
    dir = await mkdtemp(join(tmpdir(), "br-console-"));
  });
  afterEach(async () => {
    await store.cleanup();
    await rm(dir, { recursive: true, force: true });
  });

  it("a digest and a watch alert made in the session appear in the running session", async () => {
    const channel = createConsoleChannel({ file: join(dir, "console-posts.log") });
    const s = session(createBotCore({ store, logger: silentLogger }), channel);
    expect(await s.type("subscribe airline at 08:00 UTC")).toContain("Subscribed this conversation");
    expect(await s.type("watch salesforce")).toContain("salesforce");

    await addIncident(store, new Date(), { id: "linnetair-2026", victims: ["Linnet Air"], vendor: "Salesforce" });
    const later = scheduler(store, channel, new Date(Date.now() + 60_000));
    expect((await later.runJobNow("plan-deliveries")).result).toMatchObject({ alerts: 1 });
    expect(await later.outbox.runUntilIdle()).toBe(1);
    expect(s.text).toContain('--- Alert for local');
    expect(s.text).toContain('Watch "salesforce"');

    // The planner's lease is timed by each scheduler's clock: plan tomorrow's digest after today's alert.
    const morning = scheduler(store, channel, tomorrowAtEight());
    expect((await morning.runJobNow("plan-deliveries")).result).toMatchObject({ digests: 1 });
    expect(await morning.outbox.runUntilIdle()).toBe(1);
    expect(s.text).toMatch(/--- Digest for local · \d{4}-\d\d-\d\d 08:00 UTC ---\n== /);
    await s.end();
    await expect(readFile(join(dir, "console-posts.log"), "utf8")).rejects.toThrow(); // nothing went to the file
  });

  it("without a session (no terminal) the posts go to the console file", async () => {
    const file = join(dir, "console-posts.log");
    const channel = createConsoleChannel({ file });
    const core = createBotCore({ store, logger: silentLogger });
    const ctx: ChatContext = { platform: "console", workspaceId: "local", target: "console:local", userId: "local" };
    await core.handleCommand("subscribe at 08:00 UTC", ctx);
    const morning = scheduler(store, channel, tomorrowAtEight());
    expect((await morning.runJobNow("plan-deliveries")).result).toMatchObject({ digests: 1 });
    expect(await morning.outbox.runUntilIdle()).toBe(1);
    expect(await readFile(file, "utf8")).toMatch(/^--- Digest for local · .* UTC ---\n== /);
  });
});

/** A core that records what it was asked and answers with a plain view. */
function recordingCore() {
  const calls: { how: "message" | "command" | "answer"; text: string; incidentId?: string }[] = [];
  const view = (text: string, incidentId?: string): View => ({ kind: "answer", title: `echo: ${text}`, sections: [], fallbackText: text, incidentId });
  const core: BotCore = {
    async handleMessage(text, ctx) {
      calls.push({ how: "message", text, incidentId: ctx.incidentId });
      return view(text, text.startsWith("show") ? "qantas-2025-06" : undefined);
    },
    async handleCommand(text, ctx) {
      calls.push({ how: "command", text, incidentId: ctx.incidentId });
      return view(text);
    },
    async answer(text, ctx) {
      calls.push({ how: "answer", text, incidentId: ctx.incidentId });
      return view(text);
    },
  };
  return { core, calls };
}

describe("console local words and pass-through", () => {
  it("understands quit and clear in the bot's languages", () => {
    for (const w of ["quit", "Exit", "bye", ":q", "quitter", "salir", "beenden", "esci", "sair"]) expect(localAction(w), w).toBe("quit");
    for (const w of ["clear", "cls", "effacer", "limpiar", "löschen", "pulisci", "limpar"]) expect(localAction(w), w).toBe("clear");
    expect(localAction("clear the passport question")).toBeNull();
  });

  it("`clear` forgets the last incident instead of being asked about it; `quitter` ends the session", async () => {
    const { core, calls } = recordingCore();
    const s = session(core);
    await s.type("show qantas");
    await s.type("was passport data taken?");
    expect(calls.at(-1)).toEqual({ how: "message", text: "was passport data taken?", incidentId: "qantas-2025-06" });
    const cleared = await s.type("clear");
    expect(cleared).toContain("Cleared. No incident selected");
    expect(calls.some((c) => c.text === "clear")).toBe(false);
    await s.type("who is behind it?");
    expect(calls.at(-1)).toEqual({ how: "message", text: "who is behind it?", incidentId: undefined });
    expect(await s.type("quitter")).toContain("Bye.");
  });

  it("passes a French question through unchanged, so the answer can follow its language", async () => {
    const { core, calls } = recordingCore();
    const s = session(core);
    await s.type("show qantas");
    await s.type("  Est-ce que les données de passeport ont été volées ?  ");
    expect(calls.at(-1)).toEqual({ how: "message", text: "Est-ce que les données de passeport ont été volées ?", incidentId: "qantas-2025-06" });
    await s.end();
  });
});

describe.each(storeKinds())("a lone unknown word is not a question about the last incident (%s)", (kind) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await openTestStore(kind);
    await seedBotFixtures(store);
  });
  afterEach(() => store.cleanup());

  it("looks the word up, and without a match shows the commands", async () => {
    const s = session(createBotCore({ store, logger: silentLogger }));
    await s.type("show westjet-2025-06");
    const found = await s.type("chanel");
    expect(found).toContain("== Search: chanel ==");
    expect(found).toContain("Chanel US client database accessed via vendor");
    const unknown = await s.type("frobnicate");
    expect(unknown).toContain('I don\'t know "frobnicate"');
    expect(unknown).not.toContain("WestJet");
    await s.end();
  });
});
