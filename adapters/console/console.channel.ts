import { appendFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { BreachRadarError } from "../../src/domain/errors.js";

/** Something a console session writes posted blocks to (above its prompt). */
export interface ConsoleWriter {
  write(block: string): void;
}

/**
 * Where digests and alerts for console targets go: into the running console session while one is
 * attached, else appended to a file (no terminal, or the session has ended).
 */
export interface ConsoleChannel {
  /** The interactive session attaches its writer; the returned function detaches it. */
  attach(writer: ConsoleWriter): () => void;
  /** Delivers one rendered block; says where it went. Throws PLATFORM_ERROR when there is nowhere to write. */
  deliver(block: string): "session" | "file";
  /** The file used without a session (null: none). */
  readonly file: string | null;
}

export function createConsoleChannel(options: { file: string | null }): ConsoleChannel {
  let writer: ConsoleWriter | null = null;
  return {
    file: options.file,
    attach(next) {
      writer = next;
      return () => {
        if (writer === next) writer = null;
      };
    },
    deliver(block) {
      if (writer) {
        writer.write(block);
        return "session";
      }
      if (!options.file) throw new BreachRadarError("PLATFORM_ERROR", "No console session is running and no console file is configured");
      try {
        mkdirSync(dirname(options.file), { recursive: true });
        appendFileSync(options.file, `${block}\n\n`);
      } catch (cause) {
        throw new BreachRadarError("PLATFORM_ERROR", `Cannot write console posts to ${options.file}: ${(cause as Error).message}`, { cause });
      }
      return "file";
    },
  };
}
