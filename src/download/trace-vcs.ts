// The VCS side of a -x trace in direct mode: which work directory holds which repository
// (`mkdir -p DIR # git3 REPO`), and each command paired with its timing line.
import { redactUrl, redactUrlsInText } from "../redact/redact.ts";
import type { VcsCommand } from "./types.ts";

export interface VcsBook {
  vcs: VcsCommand[];
  repos: { dir: string; url: string }[];
  /** DIR holds REPO. */
  addRepo(dir: string, url: string): void;
  /** A command starts; `complete` for forms that get no timing line. */
  start(dir: string, tool: string, args: string, line: number, complete: boolean): VcsCommand;
  /** Its `N.NNNs # cd DIR; tool ARGS` timing line. */
  finish(seconds: number, dir: string, tool: string, args: string, line: number): void;
}

function repoOf(args: string): string | null {
  const m = /\b(?:https?|ssh|git|svn|bzr)(?:\+ssh)?:\/\/\S+/.exec(args);
  return m ? redactUrl(m[0].replace(/^['"]|['"]$/g, "")) : null;
}

function keyOf(dir: string, tool: string, args: string) {
  return `${dir}\u0000${tool} ${args}`;
}

export function createVcsBook(): VcsBook {
  const vcs: VcsCommand[] = [];
  const repos: { dir: string; url: string }[] = [];
  const repoByDir = new Map<string, string>();
  const open = new Map<string, VcsCommand[]>();

  function command(dir: string, tool: string, args: string, line: number): VcsCommand {
    const c: VcsCommand = {
      tool,
      dir,
      args: redactUrlsInText(args),
      repo: repoByDir.get(dir) ?? repoOf(args),
      seconds: null,
      line,
      complete: false,
      failed: false,
    };
    vcs.push(c);
    return c;
  }

  return {
    vcs,
    repos,
    addRepo(dir, url) {
      const red = redactUrl(url);
      if (repoByDir.get(dir) === red) return;
      repoByDir.set(dir, red);
      repos.push({ dir, url: red });
    },
    start(dir, tool, args, line, complete) {
      const c = command(dir, tool, args, line);
      c.complete = complete;
      if (complete) return c;
      const key = keyOf(dir, tool, args);
      const q = open.get(key);
      if (q) q.push(c);
      else open.set(key, [c]);
      return c;
    },
    finish(seconds, dir, tool, args, line) {
      const key = keyOf(dir, tool, args);
      const q = open.get(key);
      const c = q?.shift() ?? command(dir, tool, args, line);
      if (q && q.length === 0) open.delete(key);
      c.seconds = seconds;
      c.complete = true;
      if (!c.repo) c.repo = repoByDir.get(dir) ?? null;
    },
  };
}
