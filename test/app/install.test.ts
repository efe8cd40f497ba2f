import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/** `npm install` runs the postinstall script; this runs the same generator on a copy of the PostgreSQL schema (the one Prisma warns about) into a scratch folder. */
describe("npm install output", () => {
  let dir: string;
  let schema: string;
  beforeAll(async () => {
    // Inside the project (git-ignored ./tmp): Prisma looks for the project's package.json next to the schema.
    await mkdir(resolve("tmp"), { recursive: true });
    dir = await mkdtemp(join(resolve("tmp"), "install-"));
    schema = join(dir, "schema.prisma");
    const source = readFileSync("prisma/schema.postgres.prisma", "utf8").replace(/output\s*=\s*"[^"]*"/, `output = "${join(dir, "client")}"`);
    await writeFile(schema, source);
  });
  afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

  it("package.json's postinstall goes through the quiet generator, then builds dist/", () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts.postinstall).toBe("node bin/prisma-generate.js prisma/schema.postgres.prisma prisma/schema.sqlite.prisma && node bin/build.js --optional");
  });

  it("does not show Prisma's hardcoded-URL notice (which plain `prisma generate` prints), and says why in one line", () => {
    const plain = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", "generate", "--no-hints", "--schema", schema], { encoding: "utf8" });
    expect(plain.status).toBe(0);
    expect(`${plain.stdout}${plain.stderr}`).toContain("Hardcoding URLs in your schema poses a security risk");

    const quiet = spawnSync(process.execPath, ["bin/prisma-generate.js", schema], { encoding: "utf8" });
    expect(quiet.status, quiet.stderr).toBe(0);
    const text = `${quiet.stdout}${quiet.stderr}`;
    expect(text).not.toContain("Hardcoding URLs");
    expect(text).toMatch(/Generated Prisma Client \(v[\d.]+\) to /);
    expect(text).toContain("the bot connects with DATABASE_URL, so Prisma's notice about hardcoded URLs does not apply");
    expect(existsSync(join(dir, "client", "index.js"))).toBe(true);
  }, 60_000);

  it("shows Prisma's full output and fails when generation fails", () => {
    const broken = spawnSync(process.execPath, ["bin/prisma-generate.js", join(dir, "missing.prisma")], { encoding: "utf8" });
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain("prisma generate failed for");
  }, 60_000);
});
