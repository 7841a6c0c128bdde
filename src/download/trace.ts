// The -x trace of any Go from 1.13 on, read line by line (go-semantics.md §4):
//   # get URL                          a request starts
//   # get URL: 200 OK (0.012s)         its response
//   # get URL: <error>|insecure|…      its failure
//   mkdir -p DIR # git3 REPO           DIR holds REPO (direct mode)
//   cd DIR; git ARGS                   a VCS command starts…
//   0.005s # cd DIR; git ARGS          …and ends
//   # lock FILE.lockNEXT               before 1.19 the lock line runs into the next one
// Requests from concurrent fetches interleave: a result is paired with the oldest open
// request of the same URL. Lines may carry CI prefixes (timestamps, BuildKit step ids,
// GitLab sections, Jenkins markers); they are stripped before reading. A `# get` line that a
// CI cut in two (BuildKit flushes partial lines under a new prefix; pasted logs wrap) is
// joined again with the fragment on the next line, so the request is counted once.
import { redactUrl, redactUrlsInText } from "../redact/redact.ts";
import type { TraceParse, TraceRequest, VcsCommand } from "./types.ts";

const STATUS = /^(\d{3})(?: (.*?))? \((\d+(?:\.\d+)?)s\)$/;
const TIMED = /^(\d+\.\d+)s # cd (.*?); (git|hg|svn|bzr|fossil) (.*)$/;
const VCS_START = /^cd (.*?); (git|hg|svn|bzr|fossil) (.*)$/;
const VCS_FAILED = /^# cd (.*?); (git|hg|svn|bzr|fossil) (.*)$/;
const MKDIR = /^mkdir -p (.*?) # (git3|hg3|svn3|bzr3|fossil3|git|hg|svn|bzr|fossil) (\S+)$/;
const REUSE = /^# (.*?) for (git3|hg3|svn3|bzr3|fossil3|git|hg|svn|bzr|fossil) (\S+)$/;
const UNTIMED_VCS = /^(git|hg|svn|bzr|fossil) (.*)$/;

// CI prefixes, one at a time from the left: ISO timestamps (GitHub, Azure), bracketed
// timestamps (Jenkins timestamper), BuildKit's `#12 3.456 `, Jenkins `[Pipeline] `,
// GitLab's `section_start:…` markers (whose `\r\e[0K` is handled before).
const PREFIX =
  /^(?:\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)? ?|\[\d{4}-\d\d-\d\d[T ][^\]]{0,40}\] ?|\[\d\d:\d\d:\d\d(?:\.\d+)?\] ?|#\d+ \d+\.\d+ |\[Pipeline\] |section_(?:start|end):\d+:[^\s\r\x1b[]+(?:\[[^\]]*\])?(?:\x1b\[0K)?)/;
const ANSI = /\x1b\[[0-9;?]*[A-Za-z]/g;

/** Removes CI decorations (timestamps, step ids, section markers, colours) from one log line. */
export function stripCiPrefix(line: string): string {
  let s = line;
  if (s.endsWith("\r")) s = s.slice(0, -1);
  const cr = s.lastIndexOf("\r");
  if (cr >= 0) s = s.slice(cr + 1);
  if (s.includes("\x1b")) s = s.replace(ANSI, "");
  for (let i = 0; i < 4; i++) {
    const c = s.charCodeAt(0);
    // Fast path: trace lines start with '#', 'c', 'm' or a digit; only some need a look.
    if (c === 35 /* # */ && s.charCodeAt(1) === 32) return s;
    const m = PREFIX.exec(s);
    if (!m || m[0].length === 0) return s;
    s = s.slice(m[0].length);
  }
  return s;
}

function repoOf(args: string): string | null {
  const m = /\b(?:https?|ssh|git|svn|bzr)(?:\+ssh)?:\/\/\S+/.exec(args);
  return m ? redactUrl(m[0].replace(/^['"]|['"]$/g, "")) : null;
}

export interface TraceParser {
  /** Feeds one line (without its newline). */
  push(line: string): void;
  /** Feeds a chunk of text; a partial last line waits for the next chunk. */
  write(chunk: string): void;
  /** Ends the input: open requests become `no result in trace`. */
  end(): TraceParse;
}

export function createTraceParser(): TraceParser {
  const requests: TraceRequest[] = [];
  const vcs: VcsCommand[] = [];
  const repos: { dir: string; url: string }[] = [];
  const repoByDir = new Map<string, string>();
  const problems: string[] = [];
  const openRequests = new Map<string, TraceRequest[]>();
  const openVcs = new Map<string, VcsCommand[]>();
  let lineNo = 0;
  let partial = "";
  let pendingCd: string | null = null;
  /** The `# get` line just read, and how to take it back if the next line continues it. */
  let lastGet: { text: string; undo: () => void } | null = null;

  function addRepo(dir: string, url: string) {
    const red = redactUrl(url);
    if (repoByDir.get(dir) === red) return;
    repoByDir.set(dir, red);
    repos.push({ dir, url: red });
  }

  /** A request seen at this line, not yet answered. */
  function newRequest(url: string): TraceRequest {
    const r: TraceRequest = {
      url,
      status: null,
      statusText: null,
      error: null,
      seconds: null,
      line: lineNo,
      complete: false,
    };
    requests.push(r);
    return r;
  }

  function dropRequest(r: TraceRequest) {
    const i = requests.lastIndexOf(r);
    if (i >= 0) requests.splice(i, 1);
  }

  /** Returns how to take the start back. */
  function startRequest(rawUrl: string): () => void {
    const url = rawUrl.includes("@") ? redactUrl(rawUrl) : rawUrl;
    const r = newRequest(url);
    const q = openRequests.get(url);
    if (q) q.push(r);
    else openRequests.set(url, [r]);
    return () => {
      dropRequest(r);
      const open = openRequests.get(url);
      const at = open?.lastIndexOf(r) ?? -1;
      if (at >= 0) open!.splice(at, 1);
      if (open && open.length === 0) openRequests.delete(url);
    };
  }

  /** Returns how to take the result back when it may be cut short (a status without its time). */
  function finishRequest(rawUrl: string, result: string): (() => void) | null {
    const url = rawUrl.includes("@") ? redactUrl(rawUrl) : rawUrl;
    const q = openRequests.get(url);
    let r = q?.shift();
    if (q && q.length === 0) openRequests.delete(url);
    const started = r !== undefined;
    if (!r) {
      r = newRequest(url);
      problems.push(`line ${lineNo}: result without a start for ${url}`);
    }
    const req = r;
    req.complete = true;
    const m = STATUS.exec(result);
    if (m) {
      req.status = Number(m[1]);
      req.statusText = m[2] ? `${m[1]} ${m[2]}` : m[1]!;
      req.seconds = Number(m[3]);
      return null;
    }
    req.error = redactUrlsInText(result.trim()) || "unknown error";
    if (!/^\d{3}(?: [^()]*)?(?: \([\d.]*s?)?$/.test(result)) return null;
    const problemCount = problems.length;
    return () => {
      if (!started) {
        dropRequest(req);
        problems.length = problemCount;
        return;
      }
      req.complete = false;
      req.error = null;
      const open = openRequests.get(url);
      if (open) open.unshift(req);
      else openRequests.set(url, [req]);
    };
  }

  /** A line that only continues the previous `# get` line: the rest of its URL or status. */
  function continuesGet(get: string, s: string): boolean {
    const sep = s.indexOf(": ");
    const head = sep < 0 ? s : s.slice(0, sep);
    // The rest of a status ("OK (0.049s)") after a cut inside it.
    if (head.includes(" ")) return get.includes(": ") && /^[\w .()]+$/.test(s);
    // The rest of a URL: URL characters only, and not a word the go command prints itself.
    return (
      /^[\w%!.~\-/@+=&?:]+$/.test(head) &&
      !/^(?:go|cd|mkdir|git|hg|svn|bzr|fossil|unzip|rm|mv|cp|WORK)$/.test(head)
    );
  }

  function vcsKey(dir: string, tool: string, args: string) {
    return `${dir}\u0000${tool} ${args}`;
  }

  function startVcs(dir: string, tool: string, args: string, complete: boolean) {
    const c: VcsCommand = {
      tool,
      dir,
      args: redactUrlsInText(args),
      repo: repoByDir.get(dir) ?? repoOf(args),
      seconds: null,
      line: lineNo,
      complete,
      failed: false,
    };
    vcs.push(c);
    if (complete) return;
    const key = vcsKey(dir, tool, args);
    const q = openVcs.get(key);
    if (q) q.push(c);
    else openVcs.set(key, [c]);
  }

  function finishVcs(seconds: number, dir: string, tool: string, args: string) {
    const key = vcsKey(dir, tool, args);
    const q = openVcs.get(key);
    const c = q?.shift();
    if (q && q.length === 0) openVcs.delete(key);
    if (c) {
      c.seconds = seconds;
      c.complete = true;
      if (!c.repo) c.repo = repoByDir.get(dir) ?? null;
      return;
    }
    vcs.push({
      tool,
      dir,
      args: redactUrlsInText(args),
      repo: repoByDir.get(dir) ?? repoOf(args),
      seconds,
      line: lineNo,
      complete: true,
      failed: false,
    });
  }

  function handle(raw: string, depth: number) {
    let s = stripCiPrefix(raw);
    if (s.length === 0) return;
    const last = lastGet;
    lastGet = null;
    if (last !== null && depth === 0 && continuesGet(last.text, s)) {
      last.undo();
      handle(last.text + s, depth + 1);
      return;
    }
    if (pendingCd !== null) {
      const dir = pendingCd;
      pendingCd = null;
      const m = UNTIMED_VCS.exec(s);
      if (m) {
        startVcs(dir, m[1]!, m[2]!, true);
        return;
      }
    }
    if (!s.startsWith("# get ") && !/^(?:cd |mkdir |# |\d+\.\d+s # )/.test(s)) {
      // A prefix we do not know: find the trace inside the line.
      const at = s.indexOf("# get http");
      if (at < 0) return;
      s = s.slice(at);
    }
    if (s.startsWith("# get ")) {
      const rest = s.slice(6);
      const sep = rest.indexOf(": ");
      if (sep < 0) {
        const url = rest.trim();
        if (url) lastGet = { text: s, undo: startRequest(url) };
        return;
      }
      const undo = finishRequest(rest.slice(0, sep), rest.slice(sep + 2));
      if (undo) lastGet = { text: s, undo };
      return;
    }
    if (s.startsWith("# lock ")) {
      const at = s.indexOf(".lock", 7);
      if (at >= 0 && at + 5 < s.length && depth < 2) handle(s.slice(at + 5), depth + 1);
      return;
    }
    let m = TIMED.exec(s);
    if (m) return finishVcs(Number(m[1]), m[2]!, m[3]!, m[4]!);
    m = VCS_START.exec(s);
    if (m) return startVcs(m[1]!, m[2]!, m[3]!, false);
    m = MKDIR.exec(s);
    if (m) return addRepo(m[1]!, m[3]!);
    m = REUSE.exec(s);
    if (m) return addRepo(m[1]!, m[3]!);
    m = VCS_FAILED.exec(s);
    if (m) {
      startVcs(m[1]!, m[2]!, m[3]!, true);
      vcs[vcs.length - 1]!.failed = true;
      return;
    }
    if (s.startsWith("cd ") && !s.includes(";")) pendingCd = s.slice(3);
  }

  return {
    push(line: string) {
      lineNo++;
      handle(line, 0);
    },
    write(chunk: string) {
      const text = partial + chunk;
      let start = 0;
      for (;;) {
        const nl = text.indexOf("\n", start);
        if (nl < 0) break;
        lineNo++;
        handle(text.slice(start, nl), 0);
        start = nl + 1;
      }
      partial = text.slice(start);
    },
    end(): TraceParse {
      if (partial) {
        lineNo++;
        handle(partial, 0);
        partial = "";
      }
      for (const r of requests) if (!r.complete && r.error === null) r.error = "no result in trace";
      return { requests, vcs, repos, lines: lineNo, problems };
    },
  };
}

/** Parses a whole -x trace. */
export function parseTrace(text: string): TraceParse {
  const p = createTraceParser();
  p.write(text);
  return p.end();
}
