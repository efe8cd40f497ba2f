import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { main } from "../../src/cli/cli.js";
import { exportCommand } from "../../src/cli/export.command.js";
import { parseExportArgs } from "../../src/cli/export.args.js";
import { openTestStore, type TestStore } from "../helpers/test-store.js";
import { writeSynthetic } from "./helpers/store-loaders.js";
import { bundleErrors } from "./stix.validator.js";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) }, out, err };
}

/** Splits CSV text into rows of cells (RFC 4180 quoting), to read the file back as a spreadsheet would. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let k = 0; k < text.length; k++) {
    const ch = text[k]!;
    if (quoted) {
      if (ch === '"' && text[k + 1] === '"') { cell += '"'; k++; } else if (ch === '"') quoted = false; else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") { row.push(cell); cell = ""; }
    else if (ch === "\r" && text[k + 1] === "\n") { row.push(cell); rows.push(row); row = []; cell = ""; k++; }
    else cell += ch;
  }
  return rows;
}

describe("breach-radar export", () => {
  let store: TestStore;
  let dir: string;
  const saved = process.env.DATABASE_URL;
  beforeAll(async () => {
    store = await openTestStore("sqlite");
    await writeSynthetic(store, 30);
    dir = await mkdtemp(join(tmpdir(), "br-export-"));
    process.env.DATABASE_URL = store.databaseUrl;
    process.env.LOG_LEVEL = "silent";
  }, 120_000);
  afterAll(async () => {
    process.env.DATABASE_URL = saved;
    await store.cleanup();
    await rm(dir, { recursive: true, force: true });
  });

  it("writes a valid STIX bundle to a file, filtered by sector and since", async () => {
    const out = join(dir, "airline.json");
    const c = capture();
    expect(await main(["export", "--format", "stix", "--sector", "airline", "--since", "2025-01-01", "--out", out], c.io)).toBe(0);
    const airline = (await store.listIncidents({ sector: "airline", limit: 100 })).length;
    expect(c.out.join("")).toContain(`Exported ${airline} incidents as`);
    const bundle = JSON.parse(await readFile(out, "utf8"));
    expect(bundleErrors(bundle)).toEqual([]);
    expect(bundle.objects.filter((o: { type: string }) => o.type === "incident")).toHaveLength(airline);
    expect(existsSync(`${out}.partial`)).toBe(false);
    const late = join(dir, "late.json");
    await main(["export", "--format=stix", "--since=2030-01-01", `--out=${late}`], capture().io);
    expect(JSON.parse(await readFile(late, "utf8")).objects.filter((o: { type: string }) => o.type === "incident")).toHaveLength(0);
  });

  it("exports chosen incidents as JSON to stdout, the summary on stderr", async () => {
    const sink = new PassThrough();
    const chunks: Buffer[] = [];
    sink.on("data", (b: Buffer) => chunks.push(b));
    const c = capture();
    expect(await exportCommand(sink).run(["--format", "json", "--incident", "synthetic-2", "--incident", "synthetic-5"], c.io)).toBe(0);
    const list = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    expect(list.map((i: { id: string }) => i.id).sort()).toEqual(["synthetic-2", "synthetic-5"]);
    expect(c.err.join("")).toContain("Exported 2 incidents as JSON");
  });

  it("writes CSV that a spreadsheet reads back, with formula-looking text neutralised", async () => {
    const out = join(dir, "all.csv");
    expect(await main(["export", "--format", "csv", "--out", out], capture().io)).toBe(0);
    const rows = parseCsv(await readFile(out, "utf8"));
    expect(rows[0]).toContain("not_exposed");
    expect(rows).toHaveLength(31);
    expect(rows.slice(1).every((r) => r.length === rows[0]!.length)).toBe(true);
    const titles = rows.slice(1).map((r) => r[1]!);
    expect(titles.some((t) => t.includes('"quoted"'))).toBe(true);
    expect(rows.flat().some((cell) => /^[=+\-@]/.test(cell))).toBe(false);
  });

  it("refuses bad options with a clear message and writes nothing", async () => {
    const c = capture();
    expect(await main(["export", "--format", "xml", "--out", join(dir, "x.xml")], c.io)).toBe(2);
    expect(c.err.join("")).toMatch(/--format must be stix, json or csv/);
    expect(existsSync(join(dir, "x.xml"))).toBe(false);
    expect(parseExportArgs(["--format", "stix", "--since", "last tuesday"], new Date()).kind).toBe("error");
    expect(parseExportArgs(["--format", "stix", "--sector", "banks"], new Date())).toMatchObject({ kind: "error" });
    expect(parseExportArgs(["--format"], new Date())).toMatchObject({ kind: "error", message: "--format needs a value" });
    expect(parseExportArgs(["--bogus", "1"], new Date())).toMatchObject({ kind: "error" });
    const week = parseExportArgs(["--format", "csv", "--since", "7d"], new Date("2025-07-08T00:00:00Z"));
    expect(week).toMatchObject({ kind: "ok", args: { since: new Date("2025-07-01T00:00:00Z") } });
  });
});
