// What a running `go mod download -x` is waiting on, read from its trace as it arrives, and how
// much of the module it is fetching has reached the disk. Go has no timeout on a proxy that
// accepts and then never answers (not even with `|`), so the pre-warm stops go when neither its
// output nor these files move for the stall limit, and names what it was waiting on.
//   # get URL                     a request is open (waiting for headers)
//   # get URL: 200 OK (0.01s)     headers arrived; the body streams into <module>/@v/<v>.zip*.tmp
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { redactUrl } from "../redact/redact.ts";
import { inferProxyBase } from "./classify.ts";
import type { Stopped } from "../process/bounded.ts";

const GET = /^# get (\S+?)(?:: (.*))?$/;

export interface Waiting {
  url: string;
  /** The proxy's base URL, credentials hidden. */
  proxy?: string;
  /** "path@version", or the module path for a list request. */
  module?: string;
  /** The module's directory under GOMODCACHE/cache/download (escaped). */
  dir?: string;
  /** True while the headers are still awaited; false when the body is (or was) arriving. */
  open: boolean;
}

export interface FetchWatch {
  /** Feed one stderr line. */
  push(line: string): void;
  /**
   * What go waits on: the oldest request without headers, else the oldest answered one whose
   * file has not reached the download cache (its body is still due).
   */
  waitingOn(gomodcache: string | undefined): Promise<Waiting | undefined>;
  /** Bytes under the @v directories of the modules in flight (what go writes as a body arrives). */
  bytesArrived(gomodcache: string): Promise<number>;
}

/** The module a proxy URL names: `<base>/<escaped path>/@v/<escaped version>.<ext>`. */
export function moduleOfUrl(url: string): Omit<Waiting, "open"> {
  const safe = redactUrl(url);
  const base = inferProxyBase(safe);
  const at = url.indexOf("/@v/");
  const latest = url.indexOf("/@latest");
  const cut = at >= 0 ? at : latest;
  if (!base || cut < 0) return { url: safe, ...(base ? { proxy: base } : {}) };
  const path = new URL(url).pathname;
  const baseLen = new URL(base).pathname.replace(/\/$/, "").length;
  const pcut = path.indexOf(at >= 0 ? "/@v/" : "/@latest");
  const dir = decodeURIComponent(path.slice(baseLen + 1, pcut));
  const file = at >= 0 ? decodeURIComponent(path.slice(pcut + 4)) : "";
  const version = /^(.*)\.(?:info|mod|zip)$/.exec(file)?.[1];
  const mod = unescape(dir) + (version ? `@${unescape(version)}` : "");
  return { url: safe, proxy: base, module: mod, dir };
}

/** Go's module path escaping undone: `!a` is `A`. */
function unescape(s: string): string {
  return s.replace(/!([a-z])/g, (_, c: string) => c.toUpperCase());
}

export function createFetchWatch(): FetchWatch {
  const open: string[] = [];
  /** Answered requests whose file may still be arriving; dropped once it is in the cache. */
  let answered: string[] = [];
  const versionDir = (gomodcache: string, dir: string) =>
    join(gomodcache, "cache", "download", ...dir.split("/"), "@v");
  const exists = (f: string) =>
    stat(f).then(
      () => true,
      () => false,
    );
  /** Drops answered requests whose file Go has put in place (a list or latest never lands). */
  const prune = async (gomodcache: string) => {
    const still: string[] = [];
    for (const url of answered) {
      const w = moduleOfUrl(url);
      const file = decodeURIComponent(new URL(url).pathname.split("/@v/")[1] ?? "");
      if (w.dir && /\.(?:info|mod|zip)$/.test(file)) {
        if (!(await exists(join(versionDir(gomodcache, w.dir), file)))) still.push(url);
      }
    }
    answered = still;
  };
  return {
    push(line) {
      const m = GET.exec(line.trimEnd());
      if (!m) return;
      const url = m[1]!;
      if (m[2] === undefined) {
        open.push(url);
        return;
      }
      const i = open.indexOf(url);
      if (i >= 0) open.splice(i, 1);
      if (/^\d{3}/.test(m[2])) answered.push(url);
    },
    async waitingOn(gomodcache) {
      if (open.length) return { ...moduleOfUrl(open[0]!), open: true };
      if (gomodcache) await prune(gomodcache);
      const url = answered[0];
      return url ? { ...moduleOfUrl(url), open: false } : undefined;
    },
    async bytesArrived(gomodcache) {
      await prune(gomodcache);
      const dirs = new Set(
        [...open, ...answered].map((u) => moduleOfUrl(u).dir).filter((d): d is string => !!d),
      );
      let total = 0;
      for (const d of dirs) {
        const v = versionDir(gomodcache, d);
        const names = await readdir(v).catch(() => [] as string[]);
        for (const n of names) total += (await stat(join(v, n)).catch(() => undefined))?.size ?? 0;
      }
      return total;
    },
  };
}

/** Why go was stopped, naming the module, the proxy and the limit that was hit. */
export function stopMessage(
  stopped: Stopped,
  waiting: Waiting | undefined,
  inputName: { stall: string; total: string },
): string {
  const what = waiting
    ? `${waiting.module ? `${waiting.module} from ` : ""}${waiting.proxy ?? waiting.url} (${
        waiting.open ? "no response to GET " : "the body of GET "
      }${waiting.url})`
    : undefined;
  if (stopped.kind === "stall")
    return `go mod download was stopped: nothing arrived for ${stopped.limitSeconds} s (${inputName.stall}: ${stopped.limitSeconds}) while waiting on ${what ?? "go (no request in its trace)"}. Go has no timeout here and would wait forever. Check that proxy, or raise ${inputName.stall} if it is only slow.`;
  if (stopped.kind === "timeout")
    return `go mod download was stopped: it did not finish within ${stopped.limitSeconds} s (${inputName.total}: ${stopped.limitSeconds})${what ? `; it was waiting on ${what}` : ""}. Raise ${inputName.total} if the module graph is this large.`;
  return "go mod download was cancelled.";
}
