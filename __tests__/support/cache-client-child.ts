// Runs the real @actions/cache saveCache/restoreCache once, as a job step would, and prints
// one result line. The toolkit reads its configuration from the environment (ACTIONS_*,
// RUNNER_TEMP, GITHUB_WORKSPACE, CACHE_UPLOAD_*), so tests run this as a child process with
// a clean env — see runCacheClient in cache-server.ts.
//
//   node cache-client-child.ts '{"op":"save","paths":["dir"],"key":"k","cwd":"/tmp/ws"}'
//   node cache-client-child.ts '{"op":"restore","paths":["dir"],"key":"k","restoreKeys":["k-"],"cwd":"/tmp/ws"}'
//
// Last line: `__CACHE_CLIENT_RESULT__ {"value":…,"ms":…}` (plus "error" when the call threw).
// Exits explicitly, so keep-alive sockets cannot hold the process open.
import { restoreCache, saveCache } from "@actions/cache";
import { execFile } from "node:child_process";
import { promisify } from "node:util";

interface Request {
  /** "none": the step decides not to call the cache (a post step after an exact hit). */
  op: "save" | "restore" | "none";
  paths: string[];
  key: string;
  restoreKeys?: string[];
  cwd?: string;
  lookupOnly?: boolean;
  /** Commands the modelled step runs first, group after group, a group's commands at once. */
  prelude?: string[][][];
}

const request = JSON.parse(process.argv[2] ?? "{}") as Request;
const run = promisify(execFile);
if (request.cwd) process.chdir(request.cwd);

const started = performance.now();
let value: number | string | null = null;
let error: { name: string; message: string } | undefined;
try {
  for (const group of request.prelude ?? [])
    await Promise.all(group.map(([file, ...args]) => run(file!, args)));
  if (request.op === "save") value = await saveCache(request.paths, request.key);
  else if (request.op === "restore")
    value =
      (await restoreCache(request.paths, request.key, request.restoreKeys ?? [], {
        lookupOnly: request.lookupOnly ?? false,
      })) ?? null;
} catch (e) {
  error =
    e instanceof Error
      ? { name: e.name, message: e.message }
      : { name: "Error", message: String(e) };
}
const ms = Math.round(performance.now() - started);
process.stdout.write(
  `\n__CACHE_CLIENT_RESULT__ ${JSON.stringify({ value, ms, ...(error ? { error } : {}) })}\n`,
  () => process.exit(0),
);
