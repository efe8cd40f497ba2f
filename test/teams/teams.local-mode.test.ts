/**
 * Issue 16, item 1 and the auth part of item 7, through the service's composition root
 * (adapters/main.ts, what `npm start` runs): without Microsoft credentials Teams runs in local
 * mode (loopback only, said in the log); with a user-assigned managed identity it runs with auth;
 * an unreachable token endpoint is a 503 with a generic body; /privacy and /terms are served.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { createServer as createHttpServer, request } from "node:http";
import { networkInterfaces, tmpdir } from "node:os";
import { join } from "node:path";
import { createServer } from "node:net";
import { createSign, generateKeyPairSync } from "node:crypto";
import { ConfigurationBotFrameworkAuthentication, ConfigurationServiceClientCredentialFactory } from "botbuilder";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startService, type RunningService } from "../../adapters/main.js";
import { createTeamsAdapter } from "../../adapters/teams/index.js";
import { isLoopbackAddress, isLoopbackUrl } from "../../adapters/teams/teams.local.js";
import { loadConfig, teamsEnabled } from "../../src/config.js";
import { createLogger } from "../../src/logger.js";
import { openTestStore, type TestStore } from "../helpers/test-store.js";
import { startFakeConnector, type FakeConnector } from "./fake-connector.js";
import { fakeCore, personalMessage } from "./teams-fixtures.js";
import { startTeamsHarness } from "./teams-harness.js";

const APP_ID = "00000000-0000-4000-8000-00000000a990";
const TENANT_ID = "72f988bf-0000-4000-8000-00000000ab01";

/** This machine's first non-loopback IPv4 address (to reach the server as another host would), if any. */
const externalAddress = Object.values(networkInterfaces()).flat().find((a) => a && a.family === "IPv4" && !a.internal)?.address;

function post(host: string, port: number, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const payload = JSON.stringify(body);
    const req = request({ host, port, path: "/api/messages", method: "POST", headers: { "content-type": "application/json", ...headers } }, (res) => {
      let text = "";
      res.on("data", (c: Buffer) => (text += c.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on("error", reject);
    req.end(payload);
  });
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("Teams local mode and credentials, through the service's composition root", () => {
  let dir: string;
  let connector: FakeConnector;
  let service: RunningService | undefined;
  const logs: Record<string, unknown>[] = [];

  const start = async (env: Record<string, string>): Promise<RunningService> => {
    const logger = createLogger("info", {}, (line) => logs.push(JSON.parse(line) as Record<string, unknown>));
    service = await startService({
      env: { DATABASE_URL: `file:${join(dir, "br.db")}`, PORT: "0", OFFLINE_SAMPLE: "never", FEEDS: "http://127.0.0.1:9/feed", FETCH_ALLOW_PRIVATE: "127.0.0.1", SCHEDULER_ENABLED: "false", ...env },
      console: false,
      logger,
    });
    return service;
  };

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "br-teams-local-"));
    connector = await startFakeConnector();
    logs.length = 0;
  });
  afterEach(async () => {
    await service?.stop();
    service = undefined;
    await connector.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("without credentials, answers activities from this machine and says so in the log", async () => {
    const running = await start({ HOST: "127.0.0.1" });
    const local = logs.find((l) => l.msg === "teams adapter in local mode");
    expect(local?.reason).toMatch(/from this machine only/);
    const res = await post("127.0.0.1", running.port, personalMessage(connector.url, "help"));
    expect(res.status).toBe(200);
    expect(connector.calls).toHaveLength(1);
    expect(JSON.stringify(connector.calls[0]!.body)).toContain("Breach Radar commands");
  });

  it.skipIf(!externalAddress)("refuses activities from another host, through a proxy, or answering elsewhere", async () => {
    const running = await start({ HOST: "0.0.0.0" });
    const fromAfar = await post(externalAddress!, running.port, personalMessage(connector.url, "help"));
    expect(fromAfar.status).toBe(403);
    expect(fromAfar.text).toMatch(/this machine only/);
    const proxied = await post("127.0.0.1", running.port, personalMessage(connector.url, "help"), { "x-forwarded-for": "203.0.113.9" });
    expect(proxied.status).toBe(403);
    const elsewhere = await post("127.0.0.1", running.port, personalMessage("https://smba.trafficmanager.net/emea/", "help"));
    expect(elsewhere.status).toBe(400);
    expect(connector.attempts).toBe(0);
    expect(logs.some((l) => l.msg === "teams request refused in local mode" && l.remote === externalAddress)).toBe(true);
  });

  it("serves the privacy statement and terms of use the manifest links to", async () => {
    const running = await start({ HOST: "127.0.0.1" });
    for (const [path, title] of [["/privacy", "privacy statement"], ["/terms", "terms of use"]] as const) {
      const res = await fetch(`http://127.0.0.1:${running.port}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
      const html = await res.text();
      expect(html).toContain(`<title>Breach Radar ${title}</title>`);
      expect(html).not.toMatch(/<script/i);
    }
  });

  it("runs with a user-assigned managed identity: app id + tenant, no password; auth stays on", async () => {
    const env = { HOST: "127.0.0.1", MicrosoftAppId: APP_ID, MicrosoftAppType: "UserAssignedMSI", MicrosoftAppTenantId: TENANT_ID };
    expect(teamsEnabled(loadConfig({ ...env }))).toBe(true);
    const running = await start(env);
    expect(logs.find((l) => l.msg === "teams adapter enabled")).toMatchObject({ mode: "cloud", appType: "UserAssignedMSI" });
    const res = await post("127.0.0.1", running.port, personalMessage(connector.url, "help"));
    expect(res.status).toBe(401);
    expect(connector.attempts).toBe(0);
  });

  it("refuses half-configured credentials at start-up, naming the variable", async () => {
    await expect(start({ MicrosoftAppId: APP_ID })).rejects.toThrow(/MicrosoftAppPassword is missing/);
    await expect(start({ MicrosoftAppId: APP_ID, MicrosoftAppType: "UserAssignedMSI", MicrosoftAppTenantId: TENANT_ID, MicrosoftAppPassword: "x" })).rejects.toThrow(/MicrosoftAppPassword must be empty/);
    await expect(start({ MicrosoftAppPassword: "x" })).rejects.toThrow(/MicrosoftAppId is missing/);
  });
});

describe("Teams inbound auth when Microsoft's token endpoints are unreachable", () => {
  let store: TestStore;
  let connector: FakeConnector;
  beforeEach(async () => {
    store = await openTestStore("sqlite");
    connector = await startFakeConnector();
  });
  afterEach(async () => {
    await connector.close();
    await store.cleanup();
  });

  it("answers 503 with a generic body (no internal URL), and 401 for a token it can judge", async () => {
    const metadata = `http://127.0.0.1:${await closedPort()}/v1/.well-known/openidconfiguration`;
    const credentials = new ConfigurationServiceClientCredentialFactory({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: "not-a-real-secret", MicrosoftAppType: "MultiTenant" });
    const botFrameworkAuth = new ConfigurationBotFrameworkAuthentication({
      MicrosoftAppId: APP_ID, ValidateAuthority: true, ToChannelFromBotLoginUrl: "https://login.microsoftonline.com/botframework.com",
      ToChannelFromBotOAuthScope: "https://api.botframework.com", ToBotFromChannelTokenIssuer: "https://api.botframework.com",
      OAuthUrl: "https://api.botframework.com", ToBotFromChannelOpenIdMetadataUrl: metadata, ToBotFromEmulatorOpenIdMetadataUrl: metadata,
      CallerId: "urn:botframework:azure",
    }, credentials);
    const core = fakeCore();
    const config = loadConfig({ DATABASE_URL: "file:./unused.db", MicrosoftAppId: APP_ID, MicrosoftAppPassword: "not-a-real-secret" });
    const bot = await startTeamsHarness({ core, store, config, botFrameworkAuth });
    try {
      const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
      const now = Math.floor(Date.now() / 1000);
      const jwt = `${b64({ alg: "RS256", typ: "JWT", kid: "key-1" })}.${b64({ iss: "https://api.botframework.com", aud: APP_ID, nbf: now - 60, exp: now + 3600, serviceurl: connector.url })}.c2lnbmF0dXJl`;
      const res = await bot.post(personalMessage(connector.url, "help"), { authorization: `Bearer ${jwt}` });
      expect(res.status).toBe(503);
      expect(JSON.parse(res.text)).toEqual({ error: "authentication is temporarily unavailable; retry later" });
      expect(res.text).not.toMatch(/127\.0\.0\.1|openidconfiguration|ECONNREFUSED/);
      expect((await bot.post(personalMessage(connector.url, "help"))).status).toBe(401);
      expect(core.calls).toHaveLength(0);
      expect(connector.attempts).toBe(0);
    } finally {
      await bot.close();
    }
  });
});

describe("loopback checks", () => {
  it("knows loopback addresses and URLs", () => {
    for (const a of ["127.0.0.1", "127.8.9.10", "::1", "::ffff:127.0.0.1", "[::1]"]) expect(isLoopbackAddress(a)).toBe(true);
    for (const a of ["192.0.2.2", "::ffff:10.0.0.1", "fd00::2", "", undefined, "128.0.0.1"]) expect(isLoopbackAddress(a)).toBe(false);
    for (const u of ["http://localhost:56150/_connector", "http://127.0.0.1:9/x", "http://[::1]:1/"]) expect(isLoopbackUrl(u)).toBe(true);
    for (const u of ["https://smba.trafficmanager.net/emea/", "http://localhost.evil.test/", "file:///etc/passwd", 42]) expect(isLoopbackUrl(u)).toBe(false);
  });
});

/** Local stand-ins for Microsoft's endpoints: OpenID metadata + signing keys (inbound), a managed identity token endpoint (outbound). */
interface MicrosoftStandIns {
  metadataUrl: string;
  identityUrl: string;
  tokenRequests: { url: string; header: string | undefined }[];
  /** A Bot Framework channel token for `serviceUrl`, signed with the stand-in's key. */
  channelToken(serviceUrl: string): string;
  close(): Promise<void>;
}

async function startMicrosoftStandIns(): Promise<MicrosoftStandIns> {
  const { publicKey, privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = publicKey.export({ format: "jwk" }) as { n: string; e: string };
  const tokenRequests: MicrosoftStandIns["tokenRequests"] = [];
  const server = createHttpServer((req, res) => {
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    const json = (body: unknown) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
    if (req.url === "/openid") return json({ issuer: "https://api.botframework.com", jwks_uri: `${base}/keys` });
    if (req.url === "/keys") return json({ keys: [{ kty: "RSA", use: "sig", kid: "stand-in-key", n: jwk.n, e: jwk.e, endorsements: ["msteams"] }] });
    tokenRequests.push({ url: req.url ?? "", header: req.headers["x-identity-header"] as string | undefined });
    return json({ access_token: "msi-token-for-test", expires_on: String(Math.floor(Date.now() / 1000) + 3600), resource: "https://api.botframework.com", token_type: "Bearer" });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
  return {
    metadataUrl: `${base}/openid`,
    identityUrl: `${base}/msi/token`,
    tokenRequests,
    channelToken(serviceUrl) {
      const now = Math.floor(Date.now() / 1000);
      const unsigned = `${b64({ alg: "RS256", typ: "JWT", kid: "stand-in-key" })}.${b64({ iss: "https://api.botframework.com", aud: APP_ID, serviceurl: serviceUrl, nbf: now - 60, exp: now + 3600 })}`;
      return `${unsigned}.${createSign("RSA-SHA256").update(unsigned).sign(privateKey).toString("base64url")}`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe("Teams with a user-assigned managed identity, against local stand-ins of Microsoft's endpoints", () => {
  let store: TestStore;
  let connector: FakeConnector;
  let microsoft: MicrosoftStandIns;
  const saved = { endpoint: process.env.IDENTITY_ENDPOINT, header: process.env.IDENTITY_HEADER };
  const config = loadConfig({ DATABASE_URL: "file:./unused.db", MicrosoftAppId: APP_ID, MicrosoftAppType: "UserAssignedMSI", MicrosoftAppTenantId: TENANT_ID });
  beforeEach(async () => {
    store = await openTestStore("sqlite");
    connector = await startFakeConnector();
    microsoft = await startMicrosoftStandIns();
    // App Service style managed identity endpoint (what @azure/identity reads), on loopback.
    process.env.IDENTITY_ENDPOINT = microsoft.identityUrl;
    process.env.IDENTITY_HEADER = "identity-header-for-test";
  });
  afterEach(async () => {
    for (const [name, value] of [["IDENTITY_ENDPOINT", saved.endpoint], ["IDENTITY_HEADER", saved.header]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    await microsoft.close();
    await connector.close();
    await store.cleanup();
  });

  it("answers a correctly signed request and replies with the managed identity's token", async () => {
    const credentials = new ConfigurationServiceClientCredentialFactory({ MicrosoftAppId: APP_ID, MicrosoftAppType: "UserAssignedMSI", MicrosoftAppTenantId: TENANT_ID });
    const botFrameworkAuth = new ConfigurationBotFrameworkAuthentication({
      MicrosoftAppId: APP_ID, MicrosoftAppTenantId: TENANT_ID, ValidateAuthority: true, ToChannelFromBotLoginUrl: `https://login.microsoftonline.com/${TENANT_ID}`,
      ToChannelFromBotOAuthScope: "https://api.botframework.com", ToBotFromChannelTokenIssuer: "https://api.botframework.com",
      OAuthUrl: "https://api.botframework.com", ToBotFromChannelOpenIdMetadataUrl: microsoft.metadataUrl, ToBotFromEmulatorOpenIdMetadataUrl: microsoft.metadataUrl,
      CallerId: "urn:botframework:azure",
    }, credentials);
    const core = fakeCore();
    const bot = await startTeamsHarness({ core, store, config, botFrameworkAuth });
    try {
      const res = await bot.post(personalMessage(connector.url, "help"), { authorization: `Bearer ${microsoft.channelToken(connector.url)}` });
      expect(res.status).toBe(200);
      expect(core.calls.map((c) => c.text)).toEqual(["help"]);
      expect(connector.calls[0]?.authorization).toBe("Bearer msi-token-for-test");
      expect(microsoft.tokenRequests[0]?.header).toBe("identity-header-for-test");
      expect(new URL(microsoft.tokenRequests[0]!.url, "http://x").searchParams.get("client_id")).toBe(APP_ID);
      // A token for another service URL, or signed by someone else, is refused.
      expect((await bot.post(personalMessage(connector.url, "help"), { authorization: `Bearer ${microsoft.channelToken("https://elsewhere.example/")}` })).status).toBe(401);
    } finally {
      await bot.close();
    }
  });

  it("posts proactively with the managed identity's token (the config the service builds)", async () => {
    const adapter = await createTeamsAdapter({ config, core: fakeCore(), store, logger: createLogger("silent") });
    expect(adapter.mode).toEqual({ kind: "cloud", appType: "UserAssignedMSI" });
    const target = `teams:${TENANT_ID}:a:1msi-chat`;
    await store.saveInstallation({ platform: "teams", id: target, data: { serviceUrl: connector.url, channelId: "msteams", conversation: { id: "a:1msi-chat", conversationType: "personal" }, bot: { id: `28:${APP_ID}` } } });
    await adapter.poster.post(target, { kind: "message", title: "Hello", sections: [], fallbackText: "Hello" });
    expect(connector.calls[0]?.authorization).toBe("Bearer msi-token-for-test");
  });
});
