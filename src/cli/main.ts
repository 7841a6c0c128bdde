#!/usr/bin/env node
// The setup-goproxy CLI: the action's pipeline for GitLab CI, Jenkins and laptops.
import { EXIT, parse, UsageError, type Command, type Io } from "./command.ts";
import { trace } from "./commands/trace.ts";
import { download } from "./commands/download.ts";
import { check } from "./commands/check.ts";
import { explain } from "./commands/explain.ts";
import { report } from "./commands/report.ts";

const COMMANDS: Command[] = [check, download, trace, explain, report];

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `setup-goproxy: make Go module downloads correct, fast and observable

Usage: setup-goproxy <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}

Run \`setup-goproxy <command> --help\` for a command's options and exit codes.
`;
}

export async function cli(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.stdout.write(help());
    return name ? EXIT.ok : EXIT.usage;
  }
  const cmd = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    io.stderr.write(`setup-goproxy: unknown command "${name}"\n\n${help()}`);
    return EXIT.usage;
  }
  try {
    const { values, positionals } = parse(cmd, rest);
    if (values.help) {
      io.stdout.write(`${cmd.usage}\n`);
      return EXIT.ok;
    }
    return await cmd.run(values, positionals, io);
  } catch (err) {
    const usage =
      err instanceof UsageError || (err as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
    io.stderr.write(`setup-goproxy ${cmd.name}: ${(err as Error).message}\n`);
    return usage ? EXIT.usage : EXIT.findings;
  }
}

const io: Io = {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
};
process.exitCode = await cli(process.argv.slice(2), io);
