import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startFakeSlackApi, type FakeSlackApi } from "../slack/fake-slack-api.js";
import { postSigned, SIGNING_SECRET, slashCommand, type SignedRequest } from "../slack/slack-request.js";
import { spawnScript, startArgs, tsArgs, type ServiceProcess } from "./service-process.js";

const json = (body: string): SignedRequest => ({ body, contentType: "application/json" });
const form = (body: string): SignedRequest => ({ body, contentType: "application/x-www-form-urlencoded" });

describe("process-level error policy", () => {
  let dir: string;
  let api: FakeSlackApi | undefined;
  let proc: ServiceProcess | undefined;
  afterEach(async () => {
    if (proc?.alive()) { proc.child.kill("SIGTERM"); await proc.exited; }
    await api?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("the running service answers signed null, payload=null, [], \"x\" and deep bodies with 400 and stays up", async () => {
    dir = await mkdtemp(join(tmpdir(), "br-policy-"));
    api = await startFakeSlackApi();
    proc = spawnScript(startArgs(), dir, {
      PORT: "0", HOST: "127.0.0.1", OFFLINE_SAMPLE: "never", FEEDS: "http://127.0.0.1:9/feed", FETCH_ALLOW_PRIVATE: "127.0.0.1", SCHEDULER_ENABLED: "false", CONSOLE: "off",
      SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_BOT_TOKEN: "xoxb-test-token", SLACK_API_URL: api.apiUrl,
    });
    const listening = await proc.waitFor("http server listening");
    const events = `http://127.0.0.1:${String(listening.port)}/slack/events`;
    const bodies = [json("null"), form("payload=null"), json("[]"), json('"x"'), json("[".repeat(50_000) + "]".repeat(50_000)), form(`payload=${encodeURIComponent('{"a":'.repeat(2000) + "1" + "}".repeat(2000))}`)];
    for (const body of bodies) expect((await postSigned(events, body)).status).toBe(400);
    const help = await postSigned(events, slashCommand("help", api.responseUrl("help")));
    expect(help.status).toBe(200);
    const answer = await api.waitFor(() => api!.responses.find((r) => r.id === "help"), 15_000);
    expect(JSON.stringify(answer.body)).toContain("Breach Radar commands");
    expect(proc.alive()).toBe(true);
    expect((await fetch(`http://127.0.0.1:${String(listening.port)}/healthz`)).status).toBe(200);
  });

  it("logs and survives an unhandled rejection; on an uncaught exception stops cleanly and exits 1", async () => {
    dir = await mkdtemp(join(tmpdir(), "br-policy-"));
    proc = spawnScript(tsArgs(join(process.cwd(), "test/app/fixtures/process-policy.fixture.ts")), dir, {});
    expect(await proc.exited).toBe(1);
    const messages = proc.logs.map((l) => l.msg);
    expect(messages).toContain("unhandled promise rejection; the service carries on");
    expect(proc.stdout).toContain("alive after rejection");
    expect(messages).toContain("uncaught exception; stopping so the supervisor restarts a clean process");
    expect(messages.indexOf("fixture stopped cleanly")).toBeGreaterThan(messages.indexOf("uncaught exception; stopping so the supervisor restarts a clean process"));
    expect(proc.logs.find((l) => l.msg === "unhandled promise rejection; the service carries on")?.error).toMatchObject({ message: "nobody awaited this" });
  });
});
