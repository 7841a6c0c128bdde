// The edge around @actions/cache 6.x. The toolkit never throws for service trouble: it logs
// (`core.warning`, `core.error` for 5xx, `core.info` for a reserve collision) and returns
// undefined / -1, and on the v1 protocol a failed upload still returns the reserved id. So we
// listen to what it says while it runs: its workflow commands are taken off stdout and turned
// into facts (and into our own annotations, at the level we choose), debug lines pass through,
// info lines are printed where the runner reads no command.
//
// The toolkit takes about half a second to load, so it is loaded only by a step that restores
// or saves: a post step after an exact hit never pays for it.
import { AsyncLocalStorage } from "node:async_hooks";
import { neutralised } from "../redact/untrusted-echo.ts";

export type CacheMode = "" | "none" | "read" | "write" | "write-only" | string;

/** ACTIONS_CACHE_MODE as the toolkit reads it (6.x: none | read | write | write-only; unset or unknown = all allowed). */
export function cacheMode(env: Readonly<Record<string, string | undefined>>): CacheMode {
  return (env.ACTIONS_CACHE_MODE ?? "").trim().toLowerCase();
}

const KNOWN_MODES = ["none", "read", "write", "write-only"];

export function modeAllowsRead(mode: CacheMode): boolean {
  return !KNOWN_MODES.includes(mode) || mode === "read" || mode === "write";
}

export function modeAllowsWrite(mode: CacheMode): boolean {
  return !KNOWN_MODES.includes(mode) || mode === "write" || mode === "write-only";
}

type Toolkit = typeof import("@actions/cache");
let toolkit: Promise<Toolkit> | undefined;

/** @actions/cache, loaded on first use. */
export function loadToolkit(): Promise<Toolkit> {
  return (toolkit ??= import("@actions/cache"));
}

/**
 * False when the runner gave this job no cache service: neither of the URLs the toolkit's
 * isFeatureAvailable needs (v1: ACTIONS_CACHE_URL, v2: ACTIONS_RESULTS_URL) is set. Read
 * without the toolkit, so that deciding to skip costs nothing; the toolkit has the last word
 * when a restore or save runs.
 */
export function cacheServiceOffered(env: Readonly<Record<string, string | undefined>>): boolean {
  return Boolean(env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL);
}

export interface ToolkitLog {
  warnings: string[];
  errors: string[];
  infos: string[];
  debugs: string[];
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
}

type Write = typeof process.stdout.write;

interface Capture {
  log: ToolkitLog;
  stopped: boolean;
  /** Each info and debug line, as the toolkit says it. */
  onLine?: (line: string) => void;
}

// Toolkit calls may run side by side (the module and build caches restore in parallel): each
// line is credited to the call whose async context wrote it.
const current = new AsyncLocalStorage<Capture>();
const active = new Set<Capture>();
let original: Write | undefined;

function routed(this: unknown, chunk: unknown, ...rest: unknown[]): boolean {
  const stdout = process.stdout;
  const write = (original ?? stdout.write) as (...a: unknown[]) => boolean;
  const capture = current.getStore();
  if (!capture || capture.stopped) return write.call(stdout, chunk, ...rest);
  const log = capture.log;
  const text =
    typeof chunk === "string"
      ? chunk
      : chunk instanceof Uint8Array
        ? Buffer.from(chunk).toString("utf8")
        : "";
  // The toolkit's own commands (core escapes their data, so each is exactly one command).
  const m = /^::(warning|error|debug|add-mask)(?: [^:]*)?::(.*?)(\r?\n)?$/s.exec(text);
  if (m && (m[1] === "warning" || m[1] === "error")) {
    (m[1] === "warning" ? log.warnings : log.errors).push(unescapeData(m[2]!));
    const cb = rest.find((r) => typeof r === "function") as (() => void) | undefined;
    if (cb) queueMicrotask(cb);
    return true;
  }
  const lines =
    m?.[1] === "debug"
      ? [unescapeData(m[2]!)]
      : text.trim()
        ? text.split(/\r?\n/).filter((l) => l.trim())
        : [];
  (m?.[1] === "debug" ? log.debugs : log.infos).push(...lines);
  // Outside the toolkit's context: what the listener starts must not be credited to this call.
  const onLine = capture.onLine;
  if (onLine) current.exit(() => lines.forEach(onLine));
  // Its info lines quote the cache service (the key it restored): no command may come from
  // them. Its masks (the signed archive URL) must reach the runner.
  const shown = m || !text.trim() ? chunk : neutralised(text);
  return write.call(stdout, shown, ...rest);
}

function release(capture: Capture): void {
  capture.stopped = true;
  active.delete(capture);
  if (!active.size && original && process.stdout.write === (routed as Write)) {
    process.stdout.write = original;
    original = undefined;
  }
}

/**
 * Runs `fn` with the toolkit's ::warning:: and ::error:: commands captured instead of printed
 * (everything else is printed as usual and also recorded, and handed to `onLine` as it comes).
 */
export async function captureToolkit<T>(
  fn: () => Promise<T>,
  onLine?: (line: string) => void,
): Promise<{ value: T; log: ToolkitLog }> {
  const capture: Capture = {
    log: { warnings: [], errors: [], infos: [], debugs: [] },
    stopped: false,
    ...(onLine ? { onLine } : {}),
  };
  if (!active.size) {
    original = process.stdout.write;
    process.stdout.write = routed as Write;
  }
  active.add(capture);
  try {
    const value = await current.run(capture, fn);
    return { value, log: capture.log };
  } finally {
    release(capture);
  }
}

/** Stop capturing now (a toolkit call may still be running, e.g. after a timeout). */
export function stopCapture(): void {
  for (const c of [...active]) release(c);
}

/**
 * The toolkit's call, or "timeout" after `seconds`. The call cannot be cancelled: after a
 * timeout it is abandoned (its capture released); the step ends with process.exit.
 */
export async function withinSeconds<T>(call: Promise<T>, seconds: number): Promise<T | "timeout"> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), seconds * 1000);
    timer.unref();
  });
  try {
    const first = await Promise.race([call, limit]);
    if (first === "timeout") stopCapture();
    return first;
  } finally {
    clearTimeout(timer);
  }
}

/** The archive size the toolkit reports: restore's "Cache Size: ~N MB (B B)", save's debug "File Size: B". */
export function archiveBytesFrom(log: ToolkitLog): number | undefined {
  for (const line of [...log.infos, ...log.debugs]) {
    const m = /Cache Size: ~\d+ MB \((\d+) B\)/.exec(line) ?? /^File Size: (\d+)$/.exec(line);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** The first thing the toolkit complained about, without its "Failed to …: " preamble. */
export function firstComplaint(log: ToolkitLog): string | undefined {
  const said = log.errors[0] ?? log.warnings[0];
  return said?.replace(/^Failed to (restore|save): /, "");
}

/** "1.7 KiB", "23.4 MiB". */
export function humanBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1048576) return `${(n / 1024).toFixed(1)} KiB`;
  if (n < 1073741824) return `${(n / 1048576).toFixed(1)} MiB`;
  return `${(n / 1073741824).toFixed(2)} GiB`;
}
