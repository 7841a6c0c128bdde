// The action's post step: remove the credentials main wrote, save the module cache and the
// build cache when they changed, and end promptly (keep-alive sockets must not hold the job for
// minutes).
//
// It runs after a failed or cancelled main too, so it trusts nothing main left: credentials are
// swept from RUNNER_TEMP even when their state is missing or unreadable, state that does not
// parse is reported by its key, and the step's own failures are warnings unless `strict`.
import * as core from "@actions/core";
import { join } from "node:path";
import {
  cleanupCredentials,
  credentialsStateProblem,
  sweepCredentialDirs,
} from "../credentials/setup.ts";
// The files themselves, not the folders' index.ts: those bring the restore side (the checksum
// database client, go commands), which a post step never runs.
import { parseSavePolicy } from "../cache/policy.ts";
import { cacheFacts, saveModuleCache } from "../cache/save.ts";
import { parseState } from "../cache/state.ts";
import { cacheSummary } from "../report/summary.ts";
import { buildCacheSummary } from "../report/build-cache.ts";
import { DEFAULT_RESAVE_PERCENT } from "../buildcache/policy.ts";
import { saveBuildCache } from "../buildcache/save.ts";
import { parseBuildState } from "../buildcache/state.ts";
import { readCacheTimeout } from "./inputs.ts";
import { saveTimingLine } from "../report/timings.ts";
import { STATE } from "../pipeline/state.ts";

const problems: string[] = [];
const complain = (what: string, err: unknown) =>
  problems.push(`${what}: ${err instanceof Error ? err.message : String(err)}`);

/** `strict` as main read it; an unreadable value is not strict (main already reported it). */
function strictInput(): boolean {
  try {
    return core.getBooleanInput("strict");
  } catch {
    return false;
  }
}

async function post(): Promise<void> {
  const credentials = core.getState(STATE.credentials) || undefined;
  const unreadable = credentialsStateProblem(credentials);
  if (unreadable)
    problems.push(
      `the action state "${STATE.credentials}" does not parse (${unreadable}); credential files were removed by name instead`,
    );
  await cleanupCredentials(credentials);
  if (process.env.RUNNER_TEMP)
    await sweepCredentialDirs(join(process.env.RUNNER_TEMP, "setup-goproxy"));

  // The toolkit's zstd gets no level (3, zstd's default) and reads ZSTD_CLEVEL. An entry is
  // saved once and restored by many jobs: at 9 the benchmark's build cache archive was 8 %
  // smaller for ~0.5 s more compression (zips in the module cache gain nothing and lose 0.05 s).
  // A level the job sets wins.
  process.env.ZSTD_CLEVEL ??= SAVE_ZSTD_LEVEL;
  // The two caches upload side by side; their summaries are written once, in order.
  const started = performance.now();
  const summaries = await Promise.all([saveModules(), saveBuild()]);
  if (!summaries.some(Boolean)) return;
  const seconds = (performance.now() - started) / 1000;
  await core.summary
    .addRaw(summaries.join(""))
    .addRaw(`\n\n${saveTimingLine(seconds)}\n`)
    .write();
}

const SAVE_ZSTD_LEVEL = "9";

async function saveModules(): Promise<string> {
  const raw = core.getState(STATE.cache);
  const state = parseState(raw || undefined);
  if (raw && !state) {
    problems.push(
      `the action state "${STATE.cache}" does not parse as the module cache's state; the cache is not saved`,
    );
    return "";
  }
  if (!state) return "";
  const save = await saveModuleCache(state, {
    policy: parseSavePolicy(core.getInput("cache-save")),
    strict: strictInput(),
    timeoutSeconds: readCacheTimeout(),
  });
  const facts = cacheFacts(state, save);
  core.setOutput("cache-saved", String(facts.saved));
  if (save.failed) process.exitCode = 1;
  return cacheSummary(facts);
}

async function saveBuild(): Promise<string> {
  const raw = core.getState(STATE.buildCache);
  const state = parseBuildState(raw || undefined);
  if (raw && !state) {
    problems.push(
      `the action state "${STATE.buildCache}" does not parse as the build cache's state; the build cache is not saved`,
    );
    return "";
  }
  if (!state) return "";
  const facts = await saveBuildCache(state, {
    policy: parseSavePolicy(core.getInput("cache-build-save")),
    resavePercent: Number(core.getInput("cache-build-resave") || DEFAULT_RESAVE_PERCENT),
    timeoutSeconds: readCacheTimeout(),
  });
  core.setOutput("build-cache-saved", String(facts.saved));
  return buildCacheSummary(state, facts);
}

post()
  .catch((err: unknown) => complain("setup-goproxy post", err))
  .finally(() => {
    const strict = strictInput();
    for (const p of problems) (strict ? core.error : core.warning)(`setup-goproxy post: ${p}`);
    if (strict && problems.length) process.exitCode = 1;
    process.exit();
  });
