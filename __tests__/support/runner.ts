// Emulates the GitHub Actions runner for a node action: runs dist/main then dist/post as
// separate processes with the runner's files and variables, then reads back what the
// action exported, set, saved and printed.
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const REPO_ROOT = resolve(import.meta.dirname, "..", "..");

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface StepResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  commands: WorkflowCommand[];
  /** Wall-clock seconds the step ran. */
  seconds: number;
}

export interface JobResult {
  main: StepResult;
  post?: StepResult;
  /** Variables exported through GITHUB_ENV, as later steps see them. */
  env: Record<string, string>;
  outputs: Record<string, string>;
  state: Record<string, string>;
  /** Directories added through GITHUB_PATH. */
  path: string[];
  summary: string;
  /** error, warning and notice commands from both steps. */
  annotations: WorkflowCommand[];
  /** Values registered with ::add-mask::. */
  masks: string[];
  /** Every file the runner gave the action: scan them in leak tests. */
  files: { env: string; output: string; state: string; summary: string; path: string };
  runnerTemp: string;
}

export interface RunOptions {
  /** Action inputs by name as in action.yml (`working-directory`). */
  inputs?: Record<string, string>;
  /** The job's environment (PATH, HOME, Go variables…); nothing of the test process leaks in. */
  env: Record<string, string>;
  workspace: string;
  /** Run the post step too (default true), as the runner does at job end. */
  post?: boolean;
  /** Reuse a runner temp/tool cache (e.g. a second job on the same runner). */
  runnerTemp?: string;
  toolCache?: string;
  timeoutMs?: number;
  /** What the post step gets as state, from what main saved (default: as saved) — a main that died or a corrupted state. */
  postState?: (saved: Record<string, string>) => Record<string, string>;
  /** The job's own steps, run after main and before post with the environment main left (exported variables, PATH). */
  between?: (env: Record<string, string>) => Promise<void>;
  /** The built action to run (default: this checkout's dist/): a benchmark pairs two builds. */
  dist?: string;
}

export async function runAction(opts: RunOptions): Promise<JobResult> {
  const runnerTemp = opts.runnerTemp ?? (await mkdtemp(join(tmpdir(), "runner-temp-")));
  const toolCache = opts.toolCache ?? join(runnerTemp, "_tool");
  const fileDir = await mkdtemp(join(runnerTemp, "_runner_file_commands-"));
  await mkdir(toolCache, { recursive: true });
  const files = {
    env: join(fileDir, "set_env"),
    output: join(fileDir, "set_output"),
    state: join(fileDir, "save_state"),
    summary: join(fileDir, "step_summary"),
    path: join(fileDir, "add_path"),
  };
  for (const f of Object.values(files)) await writeFile(f, "");

  const inputEnv: Record<string, string> = {};
  for (const [name, value] of Object.entries({ ...(await actionDefaults()), ...opts.inputs })) {
    inputEnv[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] = value;
  }
  const base: Record<string, string> = {
    ...opts.env,
    ...inputEnv,
    GITHUB_ACTIONS: "true",
    CI: "true",
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_ENV: files.env,
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_PATH: files.path,
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: toolCache,
    RUNNER_OS: "Linux",
    RUNNER_ARCH: "X64",
    GITHUB_REPOSITORY: opts.env.GITHUB_REPOSITORY ?? "octo/example",
    GITHUB_REF: opts.env.GITHUB_REF ?? "refs/heads/main",
    GITHUB_REF_NAME: opts.env.GITHUB_REF_NAME ?? "main",
    GITHUB_EVENT_NAME: opts.env.GITHUB_EVENT_NAME ?? "push",
    GITHUB_SERVER_URL: opts.env.GITHUB_SERVER_URL ?? "https://github.com",
  };

  const dist = opts.dist ?? join(REPO_ROOT, "dist");
  const main = await runStep(join(dist, "main", "index.js"), base, opts);
  const state = parseFileCommands(await readFile(files.state, "utf8"));
  const env = parseFileCommands(await readFile(files.env, "utf8"));
  const path = (await readFile(files.path, "utf8")).split("\n").filter(Boolean);

  const postPath = [...[...path].reverse(), base.PATH].filter(Boolean).join(":");
  await opts.between?.({ ...opts.env, ...env, PATH: postPath });
  let post: StepResult | undefined;
  if (opts.post !== false) {
    const given = opts.postState ? opts.postState({ ...state }) : state;
    const stateEnv = Object.fromEntries(Object.entries(given).map(([k, v]) => [`STATE_${k}`, v]));
    post = await runStep(
      join(dist, "post", "index.js"),
      { ...base, ...env, ...stateEnv, PATH: postPath },
      opts,
    );
  }
  const steps = post ? [main, post] : [main];
  const commands = steps.flatMap((s) => s.commands);
  return {
    main,
    post,
    env,
    // The runner still honours the deprecated ::set-output:: on stdout: a forged one counts.
    outputs: {
      ...Object.fromEntries(
        commands
          .filter((c) => c.command === "set-output" && c.properties.name)
          .map((c) => [c.properties.name!, c.message]),
      ),
      ...parseFileCommands(await readFile(files.output, "utf8")),
    },
    state,
    path,
    summary: await readFile(files.summary, "utf8"),
    annotations: commands.filter((c) => ["error", "warning", "notice"].includes(c.command)),
    masks: commands.filter((c) => c.command === "add-mask").map((c) => c.message),
    files,
    runnerTemp,
  };
}

/** The `default:` of each input in action.yml, which the runner passes when the workflow gives none. */
export async function actionDefaults(): Promise<Record<string, string>> {
  const yml = await readFile(join(REPO_ROOT, "action.yml"), "utf8");
  const block = /^inputs:\n((?: {2}.*\n|\n)*)/m.exec(yml)?.[1] ?? "";
  const out: Record<string, string> = {};
  let current: string | undefined;
  for (const line of block.split("\n")) {
    const name = /^ {2}([\w-]+):\s*$/.exec(line);
    if (name) current = name[1];
    const def = /^ {4}default:\s*(.*)$/.exec(line);
    if (def && current)
      out[current] = JSON.parse(def[1]!.startsWith('"') ? def[1]! : JSON.stringify(def[1]));
  }
  return out;
}

async function runStep(
  script: string,
  env: Record<string, string>,
  opts: RunOptions,
): Promise<StepResult> {
  const started = performance.now();
  const child = spawn(process.execPath, [script], {
    cwd: opts.workspace,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
  child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  const timeout = setTimeout(() => child.kill("SIGKILL"), opts.timeoutMs ?? 300_000);
  const exitCode = await new Promise<number>((resolve) =>
    child.on("close", (code) => resolve(code ?? 137)),
  );
  clearTimeout(timeout);
  const seconds = (performance.now() - started) / 1000;
  return { exitCode, stdout, stderr, commands: parseWorkflowCommands(stdout), seconds };
}

/** Parses `name=value` and `name<<DELIM … DELIM` blocks of GITHUB_ENV / GITHUB_OUTPUT / GITHUB_STATE. */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line) continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i]!);
      if (i >= lines.length) throw new Error(`unterminated ${heredoc[1]} block in file command`);
      out[heredoc[1]!] = value.join("\n");
    } else {
      const eq = line.indexOf("=");
      if (eq < 0) throw new Error(`malformed file command line: ${line}`);
      out[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return out;
}

const unescapeData = (s: string) =>
  s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
const unescapeProperty = (s: string) => unescapeData(s).replace(/%3A/g, ":").replace(/%2C/g, ",");
const unescapeLegacy = (s: string) =>
  s
    .replace(/%3B/g, ";")
    .replace(/%0D/g, "\r")
    .replace(/%0A/g, "\n")
    .replace(/%5D/g, "]")
    .replace(/%25/g, "%");

/** The commands the runner registers (actions/runner ActionCommandManager), matched case-insensitively. */
const RUNNER_COMMANDS = [
  "add-mask",
  "add-path",
  "add-matcher",
  "remove-matcher",
  "debug",
  "warning",
  "error",
  "notice",
  "set-env",
  "set-output",
  "save-state",
  "group",
  "endgroup",
  "echo",
  "stop-commands",
];

/**
 * Parses workflow commands out of a step's output the way the runner does: lines end at
 * \r\n, \n or \r; `::name props::data` after leading white space, else the legacy `##[name
 * props]data` anywhere in the line; only registered names count (any case); and between
 * `::stop-commands::TOKEN` and `::TOKEN::` (or `##[TOKEN]`) nothing is a command.
 */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const out: WorkflowCommand[] = [];
  const registered = new Set(RUNNER_COMMANDS);
  let stopToken: string | undefined;
  for (const line of stdout.split(/\r\n|\n|\r/)) {
    const parsed = parseCommandV2(line, registered) ?? parseCommandLegacy(line, registered);
    if (!parsed) continue;
    if (stopToken !== undefined) {
      if (parsed.command === stopToken) {
        registered.delete(stopToken);
        stopToken = undefined;
      }
      continue;
    }
    if (parsed.command === "stop-commands") {
      stopToken = parsed.message.toLowerCase();
      registered.add(stopToken);
      continue;
    }
    out.push(parsed);
  }
  return out;
}

function parseCommandV2(raw: string, registered: Set<string>): WorkflowCommand | undefined {
  const line = raw.trimStart();
  if (!line.startsWith("::")) return undefined;
  const end = line.indexOf("::", 2);
  if (end < 0) return undefined;
  const info = line.slice(2, end);
  const space = info.indexOf(" ");
  const name = (space < 0 ? info : info.slice(0, space)).toLowerCase();
  if (!name || !registered.has(name)) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const pair of info
      .slice(space + 1)
      .trim()
      .split(",")
      .filter(Boolean)) {
      const eq = pair.indexOf("=");
      if (eq > 0 && eq < pair.length - 1)
        properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
  }
  return { command: name, properties, message: unescapeData(line.slice(end + 2)) };
}

function parseCommandLegacy(line: string, registered: Set<string>): WorkflowCommand | undefined {
  const start = line.indexOf("##[");
  if (start < 0) return undefined;
  const close = line.indexOf("]", start);
  if (close < 0) return undefined;
  const info = line.slice(start + 3, close);
  const space = info.indexOf(" ");
  const name = (space < 0 ? info : info.slice(0, space)).toLowerCase();
  if (!name || !registered.has(name)) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const pair of info
      .slice(space + 1)
      .split(";")
      .filter(Boolean)) {
      const eq = pair.indexOf("=");
      if (eq > 0 && eq < pair.length - 1)
        properties[pair.slice(0, eq)] = unescapeLegacy(pair.slice(eq + 1));
    }
  }
  return { command: name, properties, message: unescapeLegacy(line.slice(close + 1)) };
}
