/**
 * The process side of shutdown: SIGTERM / SIGINT / SIGHUP start ONE clean stop of the service, a
 * signal that arrives while it is still starting stops it as soon as it is up, repeated signals
 * (npm forwarding the same SIGTERM the process group already got, a second Ctrl-C) do not start a
 * second stop, and a stop that hangs is cut off at a hard deadline so the process always exits.
 */

/** Hard stop: after the outbox drain (SHUTDOWN_DRAIN_MS), bounded server and pool closes; within a 15 s SIGKILL grace. */
export const SHUTDOWN_DEADLINE_MS = 14_000;

export type TerminationSignal = "SIGTERM" | "SIGINT" | "SIGHUP";
const SIGNALS: TerminationSignal[] = ["SIGTERM", "SIGINT", "SIGHUP"];

/** What the lifecycle needs from the process; the real one by default, a fake in tests. */
export interface ProcessPort {
  on(signal: TerminationSignal, listener: () => void): void;
  exit(code: number): void;
  /** One human-readable line (stderr). */
  say(line: string): void;
}

export const realProcess: ProcessPort = {
  on: (s, l) => void process.on(s, l),
  exit: (code) => process.exit(code),
  say: (line) => void process.stderr.write(`${line}\n`),
};

export interface Lifecycle {
  /** Aborted on the first termination signal (or a call to `shutdown`). */
  readonly signal: AbortSignal;
  /** Hands over the running service's stop(); stops at once when a signal came during start-up. */
  started(stop: () => Promise<void>): void;
  /** Starts the one shutdown (console `exit`, a fatal error); the process exits when it is done. */
  shutdown(reason: string, code?: number): void;
}

/** Installs the signal handlers; call before starting anything, so no signal finds the process unguarded. */
export function installLifecycle(port: ProcessPort = realProcess, deadlineMs = SHUTDOWN_DEADLINE_MS): Lifecycle {
  const controller = new AbortController();
  let stop: (() => Promise<void>) | null = null;
  let exitCode = 0;
  let stopping = false;

  const finish = (): void => {
    if (stopping || !stop) return;
    stopping = true;
    const timer = setTimeout(() => {
      port.say(`Shutdown did not finish within ${Math.round(deadlineMs / 1000)} s; exiting anyway.`);
      port.exit(1);
    }, deadlineMs);
    timer.unref?.();
    stop().then(
      () => { clearTimeout(timer); port.exit(exitCode); },
      (error: unknown) => { clearTimeout(timer); port.say(`Shutdown failed: ${error instanceof Error ? error.message : String(error)}`); port.exit(1); },
    );
  };

  const shutdown = (reason: string, code = 0): void => {
    if (controller.signal.aborted) return;
    exitCode = code;
    port.say(reason);
    controller.abort(reason);
    finish();
  };

  // The handlers stay installed after the first signal, so a repeat is reported instead of killing the process mid-stop.
  for (const signal of SIGNALS) {
    port.on(signal, () => (controller.signal.aborted ? port.say(`${signal} received again; already shutting down.`) : shutdown(`${signal} received, shutting down…`)));
  }

  return {
    signal: controller.signal,
    started(stopService) {
      stop = stopService;
      if (controller.signal.aborted) finish();
    },
    shutdown,
  };
}
