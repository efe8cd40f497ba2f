import { afterEach, describe, expect, it } from "vitest";
import type { Server } from "node:http";
import { createHttpServer, listen, type HealthReport } from "../../adapters/http.server.js";
import { silentLogger } from "../../src/logger.js";

describe("HTTP server", () => {
  let server: Server | undefined;
  afterEach(async () => { await new Promise((r) => server?.close(r) ?? r(undefined)); });

  async function start(reachable: boolean, failRoute = false): Promise<string> {
    const health = async (): Promise<HealthReport> => ({ status: reachable ? "ok" : "degraded", database: { kind: "sqlite", reachable }, adapters: {}, uptimeSec: 1 });
    server = createHttpServer({
      health, logger: silentLogger,
      routes: [{ method: "POST", path: "/hook", handle: (_req, res) => { if (failRoute) throw new Error("boom"); res.end("ok"); } }],
    });
    const { port } = await listen(server, 0, "127.0.0.1");
    return `http://127.0.0.1:${port}`;
  }

  it("answers /healthz with 200 when the database is reachable and 503 when it is not", async () => {
    let base = await start(true);
    let res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", database: { reachable: true } });
    await new Promise((r) => server!.close(r));
    base = await start(false);
    res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: "degraded", database: { reachable: false } });
  });

  it("routes adapter paths, 404s unknown ones, 405s wrong methods, 500s a failing handler", async () => {
    const base = await start(true);
    expect(await (await fetch(`${base}/hook`, { method: "POST" })).text()).toBe("ok");
    expect((await fetch(`${base}/nope`)).status).toBe(404);
    expect((await fetch(`${base}/hook`)).status).toBe(405);
    await new Promise((r) => server!.close(r));
    const failing = await start(true, true);
    expect((await fetch(`${failing}/hook`, { method: "POST" })).status).toBe(500);
  });
});
