// Short local runs through @actions/exec: `go env`, `go version`. Silent (no `[command]` echo,
// no output copied to stdout: the output is data, and the library prints nothing outside
// Actions), exit codes returned rather than thrown. No `input`: toolrunner writes it to the
// child's stdin with no error listener, so a child that has already exited (go env often has)
// raises an unhandled EPIPE that kills the step; these commands never read stdin. @actions/exec cannot stop a
// child (see bounded.ts), so the bound here does not kill: after `timeoutMs` the caller gets a
// ProcessTimeout; the child is left to end by itself. The action's steps end with process.exit,
// so it cannot hold them; a CLI or library caller gets its answer in time but its process lives
// until the child ends. These runs read local files only; anything that waits on the network or
// on a program the user names runs through runBounded.
import { getExecOutput } from "@actions/exec";

export interface QuietRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export class ProcessTimeout extends Error {
  readonly command: string;
  readonly limitSeconds: number;
  constructor(command: string, limitSeconds: number) {
    super(`${command} did not finish within ${limitSeconds} s`);
    this.name = "ProcessTimeout";
    this.command = command;
    this.limitSeconds = limitSeconds;
  }
}

export async function execQuiet(
  file: string,
  args: string[],
  opts: { cwd?: string; env: Record<string, string>; timeoutMs: number; what?: string },
): Promise<QuietRun> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(new ProcessTimeout(opts.what ?? [file, ...args].join(" "), opts.timeoutMs / 1000)),
      opts.timeoutMs,
    );
  });
  try {
    return await Promise.race([
      getExecOutput(quoteTool(file), args, {
        ...(opts.cwd ? { cwd: opts.cwd } : {}),
        env: opts.env,
        silent: true,
        ignoreReturnCode: true,
      }),
      limit,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * exec() splits its first argument like a command line; a tool path with spaces (C:\Program Files\Go\bin\go.exe)
 * must be quoted. Inside quotes only `\"` is an escape; other backslashes stay as they are.
 */
export function quoteTool(file: string): string {
  return `"${file.replace(/"/g, '\\"')}"`;
}
