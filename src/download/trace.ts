// The -x trace of any Go from 1.13 on, read line by line (go-semantics.md §4):
//   # get URL                          a request starts
//   # get URL: 200 OK (0.012s)         its response
//   # get URL: <error>|insecure|…      its failure
//   mkdir -p DIR # git3 REPO           DIR holds REPO (direct mode)
//   cd DIR; git ARGS                   a VCS command starts…
//   0.005s # cd DIR; git ARGS          …and ends
//   # lock FILE.lockNEXT               before 1.19 the lock line runs into the next one
// Lines may carry CI prefixes (timestamps, BuildKit step ids, GitLab sections, Jenkins
// markers); they are stripped before reading, and so is a `# ` that commented a line out. A `# get` line that a CI cut in two (BuildKit
// flushes partial lines under a new prefix; pasted logs wrap) is joined again with the
// fragment on the next line, so the request is counted once.
import { stripCiPrefix } from "./ci-prefix.ts";
import { createRequestBook, type Undo } from "./trace-requests.ts";
import { createVcsBook } from "./trace-vcs.ts";
import type { TraceParse } from "./types.ts";

const TIMED = /^(\d+\.\d+)s # cd (.*?); (git|hg|svn|bzr|fossil) (.*)$/;
const VCS_START = /^cd (.*?); (git|hg|svn|bzr|fossil) (.*)$/;
const VCS_FAILED = /^# cd (.*?); (git|hg|svn|bzr|fossil) (.*)$/;
const MKDIR = /^mkdir -p (.*?) # (git3|hg3|svn3|bzr3|fossil3|git|hg|svn|bzr|fossil) (\S+)$/;
const REUSE = /^# (.*?) for (git3|hg3|svn3|bzr3|fossil3|git|hg|svn|bzr|fossil) (\S+)$/;
const UNTIMED_VCS = /^(git|hg|svn|bzr|fossil) (.*)$/;

export interface TraceParser {
  /** Feeds one line (without its newline). */
  push(line: string): void;
  /** Feeds a chunk of text; a partial last line waits for the next chunk. */
  write(chunk: string): void;
  /** Ends the input: open requests become `no result in trace`. */
  end(): TraceParse;
}

/** A line that only continues the previous `# get` line: the rest of its URL or status. */
function continuesGet(get: string, s: string): boolean {
  const sep = s.indexOf(": ");
  const head = sep < 0 ? s : s.slice(0, sep);
  // The rest of a status ("OK (0.049s)") after a cut inside it.
  if (head.includes(" ")) return get.includes(": ") && /^[\w .()]+$/.test(s);
  // The rest of a URL: URL characters only, and not a word the go command prints itself, nor
  // the dots a paste puts where it left lines out (`...`, `....`).
  return (
    /^[\w%!.~\-/@+=&?:]+$/.test(head) &&
    !/^\.+$/.test(head) &&
    !/^(?:go|cd|mkdir|git|hg|svn|bzr|fossil|unzip|rm|mv|cp|WORK)$/.test(head)
  );
}

/** The trace part of a line, or null for a line that holds none. */
function traceText(s: string): string | null {
  // Trace lines pasted into a shell block as comments (`# # get URL`): Go never prints `# # `.
  const commented = /^(?:# )+(?=# get )/.exec(s);
  if (commented) return s.slice(commented[0].length);
  if (s.startsWith("# get ") || /^(?:cd |mkdir |# |\d+\.\d+s # )/.test(s)) return s;
  // A prefix we do not know: find the trace inside the line (Go 1.13 printed some URLs as
  // `//host/path`, without their scheme).
  const at = s.search(/# get (?:https?:)?\/\//);
  return at < 0 ? null : s.slice(at);
}

/**
 * The lines of a trace printed inside a JSON string on one line, as editors' tool installers
 * report a failed `go get -x` (`"stderr": "…\\n# get …"`); null for any other line.
 */
function escapedLines(line: string): string[] | null {
  if (!line.includes("\\n# get ") && !line.includes('"# get ')) return null;
  const m = /"((?:[^"\\]|\\.)*\\n(?:[^"\\]|\\.)*)"/.exec(line);
  if (!m) return null;
  try {
    return (JSON.parse(`"${m[1]}"`) as string).split("\n");
  } catch {
    return null;
  }
}

export function createTraceParser(): TraceParser {
  const http = createRequestBook();
  const vcs = createVcsBook();
  let lineNo = 0;
  let partial = "";
  let pendingCd: string | null = null;
  /** The `# get` line just read, and how to take it back if the next line continues it. */
  let lastGet: { text: string; undo: Undo } | null = null;

  function readGet(s: string) {
    const rest = s.slice(6);
    const sep = rest.indexOf(": ");
    if (sep < 0) {
      const url = rest.trim();
      if (url) lastGet = { text: s, undo: http.start(url, lineNo) };
      return;
    }
    const undo = http.finish(rest.slice(0, sep), rest.slice(sep + 2), lineNo);
    if (undo) lastGet = { text: s, undo };
  }

  function readVcs(s: string) {
    let m = TIMED.exec(s);
    if (m) return vcs.finish(Number(m[1]), m[2]!, m[3]!, m[4]!, lineNo);
    m = VCS_START.exec(s);
    if (m) return void vcs.start(m[1]!, m[2]!, m[3]!, lineNo, false);
    m = MKDIR.exec(s) ?? REUSE.exec(s);
    if (m) return vcs.addRepo(m[1]!, m[3]!);
    m = VCS_FAILED.exec(s);
    if (m) return void (vcs.start(m[1]!, m[2]!, m[3]!, lineNo, true).failed = true);
    if (s.startsWith("cd ") && !s.includes(";")) pendingCd = s.slice(3);
  }

  function handle(raw: string, depth: number) {
    const stripped = stripCiPrefix(raw);
    if (stripped.length === 0) return;
    const last = lastGet;
    lastGet = null;
    if (last !== null && depth === 0 && continuesGet(last.text, stripped)) {
      last.undo();
      handle(last.text + stripped, depth + 1);
      return;
    }
    if (pendingCd !== null) {
      const dir = pendingCd;
      pendingCd = null;
      const m = UNTIMED_VCS.exec(stripped);
      if (m) return void vcs.start(dir, m[1]!, m[2]!, lineNo, true);
    }
    const s = traceText(stripped);
    if (s === null) return;
    if (s.startsWith("# get ")) return readGet(s);
    if (s.startsWith("# lock ")) {
      const at = s.indexOf(".lock", 7);
      if (at >= 0 && at + 5 < s.length && depth < 2) handle(s.slice(at + 5), depth + 1);
      return;
    }
    readVcs(s);
  }

  function feed(line: string) {
    lineNo++;
    for (const l of escapedLines(line) ?? [line]) handle(l, 0);
  }

  return {
    push: feed,
    write(chunk: string) {
      const text = partial + chunk;
      let start = 0;
      for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", start)) {
        feed(text.slice(start, nl));
        start = nl + 1;
      }
      partial = text.slice(start);
    },
    end(): TraceParse {
      if (partial) {
        feed(partial);
        partial = "";
      }
      http.close();
      return {
        requests: http.requests,
        vcs: vcs.vcs,
        repos: vcs.repos,
        lines: lineNo,
        problems: http.problems,
      };
    },
  };
}

/** Parses a whole -x trace. */
export function parseTrace(text: string): TraceParse {
  const p = createTraceParser();
  p.write(text);
  return p.end();
}
