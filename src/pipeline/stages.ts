// The main step's stages on one clock, and a download that starts before the checks end.
//
// StageClock records when each stage ran, for the "where the time went" line: stages overlap
// (the probes run alongside the download), so each is its own wall time, not a share of the
// total. GuardedTask starts work early and lets a later finding stop it: the download runs while
// the live probes are still going, and a probe finding what must block it (a checksum database
// failing its proof) kills the go process.

import { STAGES, type Stage, type Timings } from "../report/model.ts";

type Span = [start: number, end: number];

export class StageClock {
  readonly #spans = new Map<Stage, Span[]>();
  readonly #now: () => number;
  readonly #started: number;

  /** `now` in milliseconds since the process started (performance.now() in Node). */
  constructor(now: () => number = () => performance.now()) {
    this.#now = now;
    this.#started = now();
  }

  async time<T>(stage: Stage, work: () => Promise<T>): Promise<T> {
    const start = this.#now();
    try {
      return await work();
    } finally {
      this.record(stage, start, this.#now());
    }
  }

  record(stage: Stage, start: number, end: number): void {
    const spans = this.#spans.get(stage) ?? [];
    spans.push([start, end]);
    this.#spans.set(stage, spans);
  }

  /** Each stage's wall time: the union of its spans, so work running side by side counts once. */
  timings(): Timings {
    const out: Timings = { startup: round(this.#started), total: round(this.#now()) };
    for (const stage of STAGES) {
      const spans = this.#spans.get(stage);
      if (spans) out[stage] = round(unionLength(spans));
    }
    return out;
  }
}

function unionLength(spans: Span[]): number {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let [start, end] = sorted[0]!;
  for (const [s, e] of sorted.slice(1)) {
    if (s > end) {
      total += end - start;
      [start, end] = [s, e];
    } else end = Math.max(end, e);
  }
  return total + (end - start);
}

const round = (ms: number): number => Math.round(ms) / 1000;

export type Settled<T> =
  { state: "idle" } | { state: "done"; value: T } | { state: "stopped"; reason: string };

/**
 * Work started while later stages still run. Any of them may stop it (its signal aborts; a go
 * process is killed); settle() waits for it and says how it ended. A task that finished before
 * the stop still counts as stopped: it ran under conditions that turned out to block it.
 */
export class GuardedTask<T> {
  readonly #controller = new AbortController();
  #reason: string | undefined;
  #running: Promise<{ value: T } | { error: unknown }> | undefined;

  get started(): boolean {
    return this.#running !== undefined;
  }

  /** Starts the task unless it was already started or stopped. */
  start(task: (signal: AbortSignal) => Promise<T>): void {
    if (this.#running || this.#reason !== undefined) return;
    const signal = this.#controller.signal;
    // Called now, not on a later tick: the work starts before start() returns.
    this.#running = (async () => task(signal))().then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    );
  }

  /** The first reason is the one reported. */
  stop(reason: string): void {
    this.#reason ??= reason;
    if (!this.#controller.signal.aborted) this.#controller.abort(new Error(reason));
  }

  /** Waits for the task. A task that failed on its own (not stopped) rethrows. */
  async settle(): Promise<Settled<T>> {
    const outcome = await this.#running;
    if (this.#reason !== undefined) return { state: "stopped", reason: this.#reason };
    if (!outcome) return { state: "idle" };
    if ("error" in outcome) throw outcome.error;
    return { state: "done", value: outcome.value };
  }
}

/** `start` on the first call only; every call returns what that one returned. */
export function once<T>(start: () => T): () => T {
  let started: { value: T } | undefined;
  return () => (started ??= { value: start() }).value;
}
