// The action's post step: remove the credentials main wrote, save the module cache when
// it changed, and end promptly (keep-alive sockets must not hold the job for minutes).
import * as core from "@actions/core";
import { cleanupCredentials } from "../credentials/setup.ts";
import { cacheFacts, parseSavePolicy, parseState, saveModuleCache } from "../cache/index.ts";
import { cacheSummary } from "../report/summary.ts";
import { buildCacheSummary } from "../report/build-cache.ts";
import { DEFAULT_RESAVE_PERCENT, parseBuildState, saveBuildCache } from "../buildcache/index.ts";
import { STATE } from "./state.ts";

async function post(): Promise<void> {
  await cleanupCredentials(core.getState(STATE.credentials) || undefined);
  // The two caches upload side by side; their summaries are written once, in order.
  const summaries = await Promise.all([saveModules(), saveBuild()]);
  await core.summary.addRaw(summaries.join("")).write();
}

async function saveModules(): Promise<string> {
  const state = parseState(core.getState(STATE.cache) || undefined);
  if (!state) return "";
  const save = await saveModuleCache(state, {
    policy: parseSavePolicy(core.getInput("cache-save")),
    strict: core.getBooleanInput("strict"),
    timeoutSeconds: 120,
  });
  const facts = cacheFacts(state, save);
  core.setOutput("cache-saved", String(facts.saved));
  if (save.failed) process.exitCode = 1;
  return cacheSummary(facts);
}

async function saveBuild(): Promise<string> {
  const state = parseBuildState(core.getState(STATE.buildCache) || undefined);
  if (!state) return "";
  const facts = await saveBuildCache(state, {
    policy: parseSavePolicy(core.getInput("cache-build-save")),
    resavePercent: Number(core.getInput("cache-build-resave") || DEFAULT_RESAVE_PERCENT),
    timeoutSeconds: 300,
  });
  core.setOutput("build-cache-saved", String(facts.saved));
  return buildCacheSummary(state, facts);
}

post()
  .catch((err: unknown) =>
    core.warning(`setup-goproxy post: ${err instanceof Error ? err.message : String(err)}`),
  )
  .finally(() => process.exit());
