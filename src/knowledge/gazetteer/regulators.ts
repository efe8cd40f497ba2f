import type { RegulatorEntry } from "../types.js";

/** Regulators, police and cyber agencies. */
export const REGULATORS: RegulatorEntry[] = [
  { name: "ICO", aliases: ["Information Commissioner's Office"], country: "GB", kind: "dpa" },
];
