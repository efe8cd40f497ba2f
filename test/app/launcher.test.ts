import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The launcher (bin/breach-radar.js) runs the compiled dist/ only while it matches the sources:
 * checked in a scratch project holding the real launcher, a "source" CLI and a "compiled" CLI.
 */
describe("bin/breach-radar.js picks dist/ or the sources", () => {
  let root: string;
  const source = () => join(root, "src/cli/cli.ts");
  const run = (env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [join(root, "bin/breach-radar.js"), "whoami"], { cwd: root, encoding: "utf8", env: { PATH: process.env.PATH ?? "", ...env } });
  const stamp = (builtAt: number) => writeFileSync(join(root, "dist/.build-stamp"), JSON.stringify({ builtAt }));

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "br-launcher-"));
    for (const d of ["bin", "src/cli", "dist/src/cli"]) mkdirSync(join(root, d), { recursive: true });
    for (const f of ["breach-radar.js", "dist-state.js"]) copyFileSync(resolve("bin", f), join(root, "bin", f));
    symlinkSync(resolve("node_modules"), join(root, "node_modules"));
    writeFileSync(join(root, "package.json"), JSON.stringify({ type: "module" }));
    writeFileSync(source(), `export async function main(args: string[]): Promise<number> { console.log("sources " + args.join(" ") + " " + process.env.BREACH_RADAR_RUNTIME); return 0; }\n`);
    writeFileSync(join(root, "dist/src/cli/cli.js"), `export async function main(args) { console.log("dist " + args.join(" ") + " " + process.env.BREACH_RADAR_RUNTIME); return 3; }\n`);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("runs the sources through tsx when there is no build", () => {
    const r = run();
    expect(r.stdout.trim(), r.stderr).toBe("sources whoami tsx");
    expect(r.status).toBe(0);
  });

  it("runs dist/ when it is newer than every source, and passes its exit status through", () => {
    stamp(Date.now() + 5_000);
    const r = run();
    expect(r.stdout.trim(), r.stderr).toBe("dist whoami dist");
    expect(r.status).toBe(3);
    expect(run({ BREACH_RADAR_FROM_SOURCE: "1" }).stdout.trim()).toBe("sources whoami tsx");
  });

  it("falls back to the sources as soon as one of them changed after the build", () => {
    const built = Date.now() + 5_000;
    stamp(built);
    const later = new Date(built + 60_000);
    utimesSync(source(), later, later);
    expect(run().stdout.trim()).toBe("sources whoami tsx");
  });
});
