/**
 * Validates STIX 2.1 objects and bundles against the OASIS CTI TC's JSON schemas in
 * ../shared/stix2.1-json-schemas (draft 2020-12, ajv's 2020 build, every file loaded by its $id).
 * Per its SOURCE.md: `unicodeRegExp: false` for the schemas' `\-` patterns, and each object is checked
 * against its own type's schema (the bundle schema does not list `incident`); the bundle by its own fields.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import Ajv2020Module from "ajv/dist/2020.js";
import type { ValidateFunction } from "ajv";
import { findSharedDir } from "../helpers/shared-dir.js";

// ajv ships CommonJS: its class is the default export's `default` under NodeNext typing.
const Ajv2020 = (Ajv2020Module as unknown as { default: typeof Ajv2020Module.default }).default ?? Ajv2020Module;
type Ajv = InstanceType<typeof Ajv2020Module.default>;

export const SCHEMA_ROOT = join(findSharedDir() ?? resolve(process.cwd(), "../shared"), "stix2.1-json-schemas/schemas");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith(".json") ? [path] : [];
  });
}

const TYPE_SCHEMA: Record<string, string> = {};
let ajv: Ajv | null = null;

function load(): Ajv {
  if (ajv) return ajv;
  ajv = new Ajv2020({ strict: false, unicodeRegExp: false, allErrors: false, validateFormats: false });
  for (const file of files(SCHEMA_ROOT)) {
    const schema = JSON.parse(readFileSync(file, "utf8")) as { $id: string; title?: string };
    ajv.addSchema(schema);
    const rel = file.slice(SCHEMA_ROOT.length + 1);
    if (/^(sdos|sros|common)\//.test(rel)) TYPE_SCHEMA[rel.replace(/^.*\//, "").replace(/\.json$/, "")] = schema.$id;
  }
  return ajv;
}

const compiled = new Map<string, ValidateFunction>();

/** The schema errors of one STIX object (empty when valid); an object of a type with no schema is an error. */
export function stixErrors(object: { type?: unknown }): string[] {
  const a = load();
  const type = String(object.type);
  const id = TYPE_SCHEMA[type];
  if (!id) return [`no OASIS schema for type "${type}"`];
  let validate = compiled.get(id);
  if (!validate) {
    validate = a.getSchema(id)!;
    compiled.set(id, validate);
  }
  if (validate(object)) return [];
  return (validate.errors ?? []).map((e) => `${type} ${String((object as { id?: unknown }).id)} ${e.instancePath} ${e.message}`);
}

/** The bundle's own fields: type, id (bundle--UUID) and a non-empty objects list; then every object. */
export function bundleErrors(bundle: { type?: unknown; id?: unknown; objects?: unknown }): string[] {
  const errors: string[] = [];
  if (bundle.type !== "bundle") errors.push("bundle: type must be bundle");
  if (typeof bundle.id !== "string" || !/^bundle--[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(bundle.id)) errors.push(`bundle: bad id ${String(bundle.id)}`);
  if (!Array.isArray(bundle.objects) || bundle.objects.length === 0) errors.push("bundle: objects must be a non-empty list");
  else for (const o of bundle.objects as { type?: unknown }[]) errors.push(...stixErrors(o));
  return errors;
}
