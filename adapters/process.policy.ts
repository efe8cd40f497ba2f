import type { Logger } from "../src/logger.js";

/** What the policy needs: where to log, how to stop cleanly, and how to leave. */
export interface ProcessPolicyDeps {
  logger: Logger;
  /** Graceful shutdown (close the HTTP server, the scheduler, the store). */
  stop: () => Promise<void>;
  /** Defaults to process.exit. */
  exit?: (code: number) => void;
  /** Longest wait for `stop` after an uncaught exception before exiting anyway (default 10 s). */
  graceMs?: number;
  /** Defaults to the real process (tests pass an EventEmitter). */
  target?: Pick<NodeJS.Process, "on" | "off">;
}

/**
 * The process-level error policy of `npm start`:
 * - `unhandledRejection`: logged with the error and survived. A promise someone forgot to
 *   await must not take every workspace down (Node's default since v15 is to crash).
 * - `uncaughtException`: logged, then a graceful stop and exit code 1, so the supervisor
 *   (systemd, Docker, Kubernetes) restarts a clean process. After a synchronous throw nobody
 *   caught, the stack that threw may have left shared state half-updated; Node documents
 *   resuming as unsafe. Requests cannot cause this: the Slack gate answers every request and
 *   listener errors end in Bolt's error handler. If `stop` hangs, exit after `graceMs`.
 * Returns a function that removes both handlers.
 */
export function installProcessPolicy(deps: ProcessPolicyDeps): () => void {
  const target = deps.target ?? process;
  const exit = deps.exit ?? ((code: number) => process.exit(code));
  const log = deps.logger.child({ part: "process" });
  let fatal = false;

  const onRejection = (reason: unknown) => {
    log.error("unhandled promise rejection; the service carries on", { error: reason instanceof Error ? reason : String(reason), stack: reason instanceof Error ? reason.stack : undefined });
  };
  const onException = (error: unknown) => {
    log.error("uncaught exception; stopping so the supervisor restarts a clean process", { error: error instanceof Error ? error : String(error), stack: error instanceof Error ? error.stack : undefined });
    if (fatal) return;
    fatal = true;
    const timer = setTimeout(() => exit(1), deps.graceMs ?? 10_000);
    timer.unref?.();
    void deps.stop()
      .catch((stopError: unknown) => log.error("shutdown after uncaught exception failed", { error: stopError }))
      .finally(() => {
        clearTimeout(timer);
        exit(1);
      });
  };
  target.on("unhandledRejection", onRejection);
  target.on("uncaughtException", onException);
  return () => {
    target.off("unhandledRejection", onRejection);
    target.off("uncaughtException", onException);
  };
}
