// Entry of a page-pool worker thread. In the compiled build (dist/) the worker is JavaScript next to
// this file; from the sources the project runs TypeScript through tsx, and a worker thread starts
// without the main thread's loader, so register it here first.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const compiled = new URL("./page.worker.js", import.meta.url);
if (existsSync(fileURLToPath(compiled))) {
  await import(compiled.href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import(new URL("./page.worker.ts", import.meta.url).href);
}
