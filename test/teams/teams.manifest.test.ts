import { readFileSync } from "node:fs";
import { crc32, inflateRawSync, inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { buildAppPackage, fillManifest } from "../../adapters/teams/manifest/app-package.js";
import { BreachRadarError } from "../../src/domain/errors.js";

const dir = new URL("../../adapters/teams/manifest/", import.meta.url);
const APP_ID = "11111111-2222-4333-8444-555555555555";

/** Reads a PNG we wrote (RGBA, filter 0 rows): size and pixels. */
function decodePng(png: Buffer): { width: number; height: number; pixel(x: number, y: number): number[] } {
  expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.subarray(at + 4, at + 8).toString("ascii");
    const data = png.subarray(at + 8, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length)).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
    if (type === "IDAT") idat.push(data);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  return { width, height, pixel: (x, y) => [...raw.subarray(y * (width * 4 + 1) + 1 + x * 4, y * (width * 4 + 1) + 5 + x * 4)] };
}

/** Reads back our zip: central directory → local entries → inflated, CRC-checked data. */
function unzip(zip: Buffer): Map<string, Buffer> {
  const end = zip.length - 22;
  expect(zip.readUInt32LE(end)).toBe(0x06054b50);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    const dataAt = local + 30 + zip.readUInt16LE(local + 26);
    const data = inflateRawSync(zip.subarray(dataAt, dataAt + zip.readUInt32LE(at + 20)));
    expect(data.length).toBe(zip.readUInt32LE(at + 24));
    expect(crc32(data)).toBe(zip.readUInt32LE(at + 16));
    expect(size).toBeGreaterThan(0);
    files.set(name, data);
    at += 46 + nameLength;
  }
  return files;
}

describe("Teams app manifest and package", () => {
  const template = readFileSync(new URL("manifest.json", dir), "utf8");
  const manifest = JSON.parse(fillManifest(template, { appId: APP_ID, publicUrl: "https://bot.example.com/" })) as Record<string, any>;

  it("declares the bot in personal, team and group chat with the command list", () => {
    expect(manifest.manifestVersion).toBe("1.17");
    expect(manifest.$schema).toContain("/v1.17/");
    expect(manifest.id).toBe(APP_ID);
    const bot = manifest.bots[0];
    expect(bot.botId).toBe(APP_ID);
    expect(bot.scopes).toEqual(["personal", "team", "groupChat"]);
    const commands = bot.commandLists[0].commands as { title: string; description: string }[];
    expect(commands.map((c) => c.title)).toEqual(["latest", "search", "show", "actions", "subscribe", "watch", "profile", "help"]);
    for (const c of commands) {
      expect(c.title.length).toBeLessThanOrEqual(32);
      expect(c.description.length).toBeLessThanOrEqual(128);
    }
    expect(manifest.name.short.length).toBeLessThanOrEqual(30);
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(manifest.developer.privacyUrl).toBe("https://bot.example.com/privacy");
    expect(JSON.stringify(manifest)).not.toContain("${{");
  });

  it("asks for the RSC permissions that deliver channel and group-chat messages without a mention", () => {
    expect(manifest.authorization.permissions.resourceSpecific).toEqual([
      { name: "ChannelMessage.Read.Group", type: "Application" },
      { name: "ChatMessage.Read.Chat", type: "Application" },
    ]);
    // RSC needs webApplicationInfo with the app's Entra id (resource is required but unused).
    expect(manifest.webApplicationInfo).toEqual({ id: APP_ID, resource: "https://RscBasedStoreApp" });
    expect(manifest.developer.termsOfUseUrl).toBe("https://bot.example.com/terms");
  });

  it("has a 192×192 colour icon and a 32×32 white-on-transparent outline icon", () => {
    const color = decodePng(readFileSync(new URL("color.png", dir)));
    expect([color.width, color.height]).toEqual([192, 192]);
    expect(color.pixel(0, 0)[3]).toBe(255);
    const outline = decodePng(readFileSync(new URL("outline.png", dir)));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let white = 0;
    for (let y = 0; y < 32; y++) {
      for (let x = 0; x < 32; x++) {
        const [r, g, b, a] = outline.pixel(x, y);
        if (a === 0) continue;
        expect([r, g, b, a]).toEqual([255, 255, 255, 255]);
        white += 1;
      }
    }
    expect(white).toBeGreaterThan(50);
  });

  it("zips manifest and icons into a package that reads back intact", () => {
    const files = unzip(buildAppPackage({ appId: APP_ID, publicUrl: "https://bot.example.com" }));
    expect([...files.keys()]).toEqual(["manifest.json", "color.png", "outline.png"]);
    expect(JSON.parse(files.get("manifest.json")!.toString("utf8")).bots[0].botId).toBe(APP_ID);
    expect(files.get("color.png")!.equals(readFileSync(new URL("color.png", dir)))).toBe(true);
  });

  it("refuses a package without a GUID app id or an https URL", () => {
    expect(() => fillManifest(template, { appId: "", publicUrl: "https://x.example" })).toThrow(BreachRadarError);
    expect(() => fillManifest(template, { appId: APP_ID, publicUrl: "http://x.example" })).toThrow(/https/);
  });
});
