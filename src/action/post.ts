// The action's post step: remove the credentials main wrote, save the module cache when
// it changed, and end promptly (keep-alive sockets must not hold the job for minutes).
import * as core from "@actions/core";
import { cleanupCredentials } from "../credentials/setup.ts";
import { cacheFacts, parseSavePolicy, parseState, saveModuleCache } from "../cache/index.ts";
import { cacheSummary } from "../report/summary.ts";
import { readCacheTimeout } from "./inputs.ts";
import { saveTimingLine } from "../report/timings.ts";
import { STATE } from "./state.ts";

async function post(): Promise<void> {
  await cleanupCredentials(core.getState(STATE.credentials) || undefined);
  const state = parseState(core.getState(STATE.cache) || undefined);
  if (!state) return;
  const started = performance.now();
  const save = await saveModuleCache(state, {
    policy: parseSavePolicy(core.getInput("cache-save")),
    strict: core.getBooleanInput("strict"),
    timeoutSeconds: readCacheTimeout(),
  });
  const facts = cacheFacts(state, save);
  core.setOutput("cache-saved", String(facts.saved));
  const seconds = (performance.now() - started) / 1000;
  await core.summary
    .addRaw(cacheSummary(facts))
    .addRaw(`\n\n${saveTimingLine(seconds)}\n`)
    .write();
  if (save.failed) process.exitCode = 1;
}

post()
  .catch((err: unknown) =>
    core.warning(`setup-goproxy post: ${err instanceof Error ? err.message : String(err)}`),
  )
  .finally(() => process.exit());
