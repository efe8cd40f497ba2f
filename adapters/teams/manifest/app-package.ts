import { readFileSync } from "node:fs";
import { BreachRadarError } from "../../../src/domain/errors.js";
import { writeZip } from "./zip.writer.js";

const HERE = new URL("./", import.meta.url);
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface AppPackageOptions {
  /** MicrosoftAppId: the bot id and, as usual for bot-only apps, the Teams app id. */
  appId: string;
  /** https URL for the developer website / privacy / terms links (PUBLIC_URL). */
  publicUrl: string;
}

/** manifest.json with its `${{…}}` placeholders filled in. */
export function fillManifest(template: string, options: AppPackageOptions): string {
  if (!GUID.test(options.appId)) throw new BreachRadarError("CONFIG_INVALID", "MicrosoftAppId must be a GUID to build the Teams app package");
  const url = new URL(options.publicUrl);
  if (url.protocol !== "https:") throw new BreachRadarError("CONFIG_INVALID", "PUBLIC_URL must be https for the Teams app package");
  const values: Record<string, string> = { MICROSOFT_APP_ID: options.appId, PUBLIC_URL: url.href.replace(/\/$/, "") };
  const filled = template.replace(/\$\{\{(\w+)\}\}/g, (m, key: string) => values[key] ?? m);
  JSON.parse(filled); // a value must never break the JSON
  return filled;
}

/** The Teams app package (zip of manifest.json, color.png, outline.png) to upload in Teams or the admin centre. */
export function buildAppPackage(options: AppPackageOptions): Buffer {
  const read = (name: string): Buffer => readFileSync(new URL(name, HERE));
  const manifest = fillManifest(read("manifest.json").toString("utf8"), options);
  return writeZip([
    { name: "manifest.json", data: Buffer.from(manifest, "utf8") },
    { name: "color.png", data: read("color.png") },
    { name: "outline.png", data: read("outline.png") },
  ]);
}
