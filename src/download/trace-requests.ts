// The `# get URL` requests of a -x trace: each start waits for its result line, and a result
// is paired with the oldest open request of the same URL (concurrent fetches interleave).
import { redactUrl, redactUrlsInText } from "../redact/redact.ts";
import type { TraceRequest } from "./types.ts";

const STATUS = /^(\d{3})(?: (.*?))? \((\d+(?:\.\d+)?)s\)$/;
/** A status whose timing is missing or cut short: a paste or a CI cut ended the line there. */
const UNTIMED_STATUS = /^(\d{3})(?: ([^()]*?))?(?: \([\d.]*s?)?$/;

/** Takes back a line's effect when the next line shows it was cut short. */
export type Undo = () => void;

export interface RequestBook {
  requests: TraceRequest[];
  problems: string[];
  /** A request starts at this line; returns how to take the start back. */
  start(rawUrl: string, line: number): Undo;
  /** A result line; returns how to take it back when it may be cut short, else null. */
  finish(rawUrl: string, result: string, line: number): Undo | null;
  /** Ends the trace: requests still open get `no result in trace`. */
  close(): void;
}

function cleanUrl(rawUrl: string): string {
  return rawUrl.includes("@") ? redactUrl(rawUrl) : rawUrl;
}

function newRequest(url: string, line: number): TraceRequest {
  return {
    url,
    status: null,
    statusText: null,
    error: null,
    seconds: null,
    line,
    complete: false,
  };
}

/** Fills in a result line's status or error; true when the line may have been cut short. */
function readResult(req: TraceRequest, result: string): boolean {
  const m = STATUS.exec(result);
  if (m) {
    req.status = Number(m[1]);
    req.statusText = m[2] ? `${m[1]} ${m[2]}` : m[1]!;
    req.seconds = Number(m[3]);
    return false;
  }
  const cut = UNTIMED_STATUS.exec(result);
  if (cut) {
    req.status = Number(cut[1]);
    req.statusText = cut[2] ? `${cut[1]} ${cut[2]}` : cut[1]!;
    return true;
  }
  req.error = redactUrlsInText(result.trim()) || "unknown error";
  // Only a line cut inside the status code can still turn out to be a response.
  return /^\d{1,2}$/.test(result);
}

export function createRequestBook(): RequestBook {
  const requests: TraceRequest[] = [];
  const problems: string[] = [];
  const open = new Map<string, TraceRequest[]>();

  function add(r: TraceRequest) {
    requests.push(r);
    return r;
  }

  function drop(r: TraceRequest) {
    const i = requests.lastIndexOf(r);
    if (i >= 0) requests.splice(i, 1);
  }

  function enqueue(url: string, r: TraceRequest, front: boolean) {
    const q = open.get(url);
    if (!q) open.set(url, [r]);
    else if (front) q.unshift(r);
    else q.push(r);
  }

  function dequeue(url: string): TraceRequest | undefined {
    const q = open.get(url);
    const r = q?.shift();
    if (q && q.length === 0) open.delete(url);
    return r;
  }

  /** The open request a result answers: Go 1.13 printed failures without the URL's scheme. */
  function answered(url: string): TraceRequest | undefined {
    const r = dequeue(url);
    if (r || !url.startsWith("//")) return r;
    return dequeue(`https:${url}`) ?? dequeue(`http:${url}`);
  }

  function start(rawUrl: string, line: number): Undo {
    const url = cleanUrl(rawUrl);
    const r = add(newRequest(url, line));
    enqueue(url, r, false);
    return () => {
      drop(r);
      const q = open.get(url);
      const at = q?.lastIndexOf(r) ?? -1;
      if (at >= 0) q!.splice(at, 1);
      if (q && q.length === 0) open.delete(url);
    };
  }

  function finish(rawUrl: string, result: string, line: number): Undo | null {
    const url = cleanUrl(rawUrl);
    const opened = answered(url);
    const req = opened ?? add(newRequest(url, line));
    if (!opened) problems.push(`line ${line}: result without a start for ${url}`);
    req.complete = true;
    if (!readResult(req, result)) return null;
    // This stands unless the next line turns out to hold the rest of this one.
    const problemCount = problems.length;
    return () => {
      if (!opened) {
        drop(req);
        problems.length = problemCount;
        return;
      }
      req.complete = false;
      req.status = null;
      req.statusText = null;
      req.error = null;
      enqueue(req.url, req, true);
    };
  }

  function close() {
    for (const r of requests) if (!r.complete && r.error === null) r.error = "no result in trace";
  }

  return { requests, problems, start, finish, close };
}
