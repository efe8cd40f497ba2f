/** Worker-thread side of the page pool: runs PageJobs one at a time and posts each outcome back. */
import { execFile } from "node:child_process";
import { readlinkSync } from "node:fs";
import { setPriority } from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import { createHttpFetcher, type HttpFetcherOptions } from "../http.fetcher.js";
import { extractArticle } from "../../extract/index.js";
import { runPageJob, toJobError, type PageJob } from "./page.job.js";

const data = workerData as { fetcher: HttpFetcherOptions; priority?: "idle" | "low" | "normal" };
const fetcher = createHttpFetcher(data.fetcher);

/**
 * Background work yields the CPU to request handling: on Linux this thread (its own task id)
 * runs at the lowest nice level (`low`) and, for `idle`, also under SCHED_IDLE where util-linux's
 * `chrt` exists (it runs only when no other thread wants the core), so acks to Slack and Teams win
 * whenever both want a core. `normal`, other systems, or a refusal keep the default priority.
 */
function lowerThreadPriority(priority: "idle" | "low" | "normal"): void {
  if (priority === "normal") return;
  try {
    const tid = Number(readlinkSync("/proc/thread-self").split("/").pop());
    if (!Number.isInteger(tid) || tid <= 0) return;
    setPriority(tid, 19);
    if (priority === "idle") execFile("chrt", ["--idle", "--pid", "0", String(tid)], () => undefined);
  } catch {
    // not Linux, or not allowed: keep the default priority
  }
}
lowerThreadPriority(data.priority ?? "idle");

parentPort?.on("message", async (message: { id: number; job: PageJob }) => {
  try {
    const result = await runPageJob(message.job, fetcher);
    parentPort?.postMessage({ id: message.id, ok: true, result });
  } catch (error) {
    parentPort?.postMessage({ id: message.id, ok: false, error: toJobError(error) });
  }
});
// The first extraction compiles the lexicons; do it before saying ready, so no job pays for it.
extractArticle({ url: null, title: "Warm-up", published: null, outlet: null, body: "Qantas said customer data was accessed." });
parentPort?.postMessage({ ready: true });
