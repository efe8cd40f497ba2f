/**
 * The bench as a gate: every target is checked with its figure printed; a missed timing is measured
 * once more before it counts as a miss (shared machines are noisy), and `npm run bench` exits
 * non-zero when any target is still missed.
 */
export interface Target {
  /** What is measured, e.g. "bot p99 search salesfroce". */
  name: string;
  unit: string;
  limit: number;
  /** "below": under the limit (times, memory); "at most": at or under it; "at least": at or over it (rates). */
  direction: "below" | "at most" | "at least";
}

export interface Outcome extends Target {
  figure: number;
  ok: boolean;
  /** The first measurement missed and this is the second one. */
  repeated: boolean;
}

const outcomes: Outcome[] = [];

const meets = (t: Target, figure: number): boolean =>
  t.direction === "below" ? figure < t.limit : t.direction === "at most" ? figure <= t.limit : figure >= t.limit;
const fmt = (n: number): string => (Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(n < 10 ? 2 : 1));
const SIGN: Record<Target["direction"], string> = { below: "<", "at most": "≤", "at least": "≥" };
const targetText = (t: Target): string => `${SIGN[t.direction]} ${fmt(t.limit)} ${t.unit}`;

/** One printed line: name, figure, target and verdict. */
export function outcomeLine(o: Outcome): string {
  if (Number.isNaN(o.figure)) return `  MISS ${o.name}: not measured`;
  return `  ${o.ok ? "OK  " : "MISS"} ${o.name}: ${fmt(o.figure)} ${o.unit} (target ${targetText(o)})${o.repeated ? " [measured twice]" : ""}`;
}

/** Measures; on a miss says so and measures once more; records and prints the final figure. */
export async function check(target: Target, measure: () => Promise<number>, log: (line: string) => void = (l) => console.log(l)): Promise<Outcome> {
  let figure = await measure();
  let repeated = false;
  if (!meets(target, figure)) {
    log(`  (${target.name}: ${fmt(figure)} ${target.unit} misses ${targetText(target)}; measuring once more, shared machines are noisy)`);
    figure = await measure();
    repeated = true;
  }
  const outcome: Outcome = { ...target, figure, ok: meets(target, figure), repeated };
  outcomes.push(outcome);
  log(outcomeLine(outcome));
  return outcome;
}

/** Records a target that could not be measured (the bench crashed): always a miss. */
export function recordFailure(name: string, reason: string): void {
  outcomes.push({ name: `${name} (${reason})`, unit: "", limit: 0, direction: "below", figure: Number.NaN, ok: false, repeated: false });
}

/** Every outcome checked so far in this process. */
export function allOutcomes(): readonly Outcome[] {
  return outcomes;
}
