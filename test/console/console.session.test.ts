import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONSOLE_PROMPT, startConsole } from "../../adapters/console/index.js";
import { runAsk } from "../../adapters/console/ask.command.js";
import { silentLogger } from "../../src/logger.js";
import { seedBotFixtures } from "../bot/bot.fixtures.js";
import { coreFor } from "../bot/bot.harness.js";
import { openTestStore, type TestStore } from "../helpers/test-store.js";

/** Drives a console session: writes lines one at a time, waiting for the prompt after each. */
async function drive(store: TestStore, lines: string[], end: "exit" | "eof"): Promise<string[]> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = "";
  output.on("data", (c: Buffer) => { text += c.toString("utf8"); });
  const done = startConsole({ core: coreFor(store), input, output, logger: silentLogger });
  const waitForPrompts = async (n: number) => {
    while (text.split(CONSOLE_PROMPT).length - 1 < n) await new Promise((r) => setTimeout(r, 5));
  };
  for (const [i, l] of lines.entries()) {
    await waitForPrompts(i + 1);
    input.write(`${l}\n`);
  }
  await waitForPrompts(lines.length + 1);
  if (end === "exit") input.write("exit\n");
  else input.end();
  await done;
  return text.split(CONSOLE_PROMPT);
}

describe("console session", () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await openTestStore("sqlite");
    await seedBotFixtures(store);
  });
  afterAll(async () => { await store.cleanup(); });

  it("remembers the last shown incident so follow-up questions work", async () => {
    const replies = await drive(store, ["show qantas-2025-06", "was passport data taken?", "who is behind it?", "sources", "how many people at westjet?", "was passport data taken?"], "exit");
    expect(replies[0]).toContain("Breach Radar console");
    expect(replies[1]).toContain("== Qantas: call-centre platform breach exposes customer records ==");
    expect(replies[2]).toContain("Stated NOT taken: Passport data, said Qantas (per Reuters).");
    expect(replies[2]).toContain("https://news.example.test/qantas-first");
    expect(replies[3]).toContain("ShinyHunters — claims responsibility, unverified (per The Record)");
    expect(replies[4]).toContain("== Sources: Qantas");
    expect(replies[5]).toContain("About 1.2M affected, as reported (per The Register). Not confirmed by the company.");
    expect(replies[6]).toContain("Yes, reported: Passport data was taken (per The Register). Not confirmed by the company.");
    expect(replies.at(-1)).toContain("Bye.");
  });

  it("answers help for an unknown command and quits on Ctrl-D", async () => {
    const replies = await drive(store, ["lastest", "", "latest retail"], "eof");
    expect(replies[1]).toContain("Did you mean latest?");
    expect(replies[1]).not.toMatch(/[`\uE000\uE001]/);
    expect(replies[3]).toContain("Chanel US client database accessed via vendor");
    expect(replies.at(-1)).toContain("Bye.");
  });

  it("`ask` answers one question or command against DATABASE_URL", async () => {
    const out: string[] = [];
    const io = { out: (t: string) => { out.push(t); }, err: (t: string) => { out.push(`ERR ${t}`); } };
    const env = { DATABASE_URL: store.databaseUrl, LOG_LEVEL: "silent" };
    expect(await runAsk(["how", "many", "people", "at", "westjet?"], io, env)).toBe(0);
    expect(out.pop()).toContain("About 1.2M affected, as reported (per The Register). Not confirmed by the company.");
    expect(await runAsk(["--command", "latest airline 2"], io, env)).toBe(0);
    expect(out.pop()).toContain("== Latest airline incidents ==");
    expect(await runAsk(["was email taken?", "--incident", "chanel-2025-07"], io, env)).toBe(0);
    expect(out.pop()).toContain("Yes, reported: Email addresses were taken (per SecurityWeek). Not confirmed by the company.");
    expect(await runAsk([], io, env)).toBe(2);
  });
});
