// What a CLI command is: plain functions over arguments and streams, so tests can drive them.
import { parseArgs, type ParseArgsConfig } from "node:util";

export interface Io {
  stdin: NodeJS.ReadableStream;
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig["options"]>;
  /** Returns the exit code. */
  run(
    values: Record<string, string | boolean | undefined>,
    positionals: string[],
    io: Io,
  ): Promise<number>;
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

export function parse(cmd: Command, argv: string[]) {
  return parseArgs({
    args: argv,
    options: { ...cmd.options, help: { type: "boolean", short: "h" } },
    allowPositionals: true,
    strict: true,
  });
}

export function formatOption(
  values: Record<string, unknown>,
  allowed: string[] = ["json", "text"],
): string {
  const f = (values.format as string | undefined) ?? "text";
  if (!allowed.includes(f))
    throw new UsageError(`--format must be one of ${allowed.join(", ")}, not "${f}"`);
  return f;
}

export class UsageError extends Error {}

export async function readInput(path: string | undefined, io: Io): Promise<string> {
  if (path && path !== "-") {
    const { readFile } = await import("node:fs/promises");
    return readFile(path, "utf8");
  }
  const chunks: Buffer[] = [];
  for await (const c of io.stdin)
    chunks.push(typeof c === "string" ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}
