/**
 * Failed token attempts are limited per source address, over real HTTP on loopback: after
 * FAILED_AUTH_PER_MINUTE bad tokens an address gets 429 with Retry-After on TAXII and the JSON API
 * (even with a valid token, so guessing stays slow), another address is unaffected, and the address
 * gets its attempts back as the window passes.
 */
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FAILED_AUTH_PER_MINUTE } from "../../src/api/access.gate.js";
import { createToken } from "../../src/api/token.service.js";
import { openTestStore, storeKinds, type TestStore } from "../helpers/test-store.js";
import { writeSynthetic } from "../export/helpers/store-loaders.js";
import { startApiServer, type ApiServer } from "./api.harness.js";

/** GET from a chosen loopback address (127.0.0.0/8 all reach the server on Linux). */
function getFrom(api: ApiServer, localAddress: string, path: string, token: string): Promise<{ status: number; retryAfter: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = request(`${api.url}${path}`, { localAddress, headers: { authorization: `Bearer ${token}` } }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, retryAfter: res.headers["retry-after"] as string | undefined }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe.each(storeKinds())("failed-auth throttling per source address (%s)", (kind) => {
  let store: TestStore;
  let api: ApiServer;
  let good: string;

  beforeAll(async () => {
    store = await openTestStore(kind);
    await writeSynthetic(store, 2);
    api = await startApiServer(store);
    ({ token: good } = await createToken(store, { name: "good", now: new Date() }));
  }, 120_000);
  afterAll(async () => {
    await api.close();
    await store.cleanup();
  });

  it("answers 429 with Retry-After once an address has used up its failed attempts, on both APIs, and only for that address", async () => {
    const bad = "brk_guessed-token";
    for (let k = 0; k < FAILED_AUTH_PER_MINUTE; k++) {
      const path = k % 2 === 0 ? "/taxii2/" : "/api/v1/incidents";
      expect((await getFrom(api, "127.0.0.1", path, bad)).status, `attempt ${k + 1}`).toBe(401);
    }
    for (const path of ["/taxii2/", "/api/v1/incidents"]) {
      const refused = await getFrom(api, "127.0.0.1", path, bad);
      expect(refused.status).toBe(429);
      expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
      // A valid token from the throttled address waits too: the limit is on the address, not on the guess.
      expect((await getFrom(api, "127.0.0.1", path, good)).status).toBe(429);
    }
    // Another address is not affected, with a good or a bad token.
    expect((await getFrom(api, "127.0.0.2", "/taxii2/", good)).status).toBe(200);
    expect((await getFrom(api, "127.0.0.2", "/api/v1/incidents", bad)).status).toBe(401);
    // After the advertised wait, the address has an attempt again.
    const wait = Number((await getFrom(api, "127.0.0.1", "/taxii2/", bad)).retryAfter);
    api.clock.advance(wait * 1000);
    expect((await getFrom(api, "127.0.0.1", "/taxii2/", good)).status).toBe(200);
    expect((await getFrom(api, "127.0.0.1", "/taxii2/", bad)).status).toBe(401);
    expect((await getFrom(api, "127.0.0.1", "/taxii2/", bad)).status).toBe(429);
  });
});
