// Restoring GOCACHE as its own cache entry, before any go command runs. An edge: go env,
// files, network (through @actions/cache).
//
// Never fatal: no service, a denied read, a timeout or a corrupt or partial archive is a
// cold build with a notice. After a failed extraction GOCACHE is emptied again (it was empty
// or absent before, or the restore was not attempted), so Go never sees half an entry.
import * as core from "@actions/core";
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { cachePaths, graphHash, type GraphFile } from "../cache/key.ts";
import { humanBytes } from "../cache/toolkit.ts";
import { cacheClosed, fetchEntry, type Fetched } from "../cache/transfer.ts";
import { echoUntrusted } from "../redact/untrusted-echo.ts";
import { planToolchainPrewarm } from "../toolchain/switch-plan.ts";
import { listEntries, stampEntries, totalBytes } from "./entries.ts";
import { buildCacheKeys } from "./key.ts";
import { hashSources } from "./sources.ts";
import type { BuildCacheState } from "./state.ts";

export interface BuildRestoreInput {
  /** `go env` values of BUILD_ENV, with GOTOOLCHAIN=local in the work directory. */
  goenv: Readonly<Record<string, string>>;
  /** GOVERSION of the go on PATH ("go1.26.0"). */
  localVersion: string;
  env: Record<string, string>;
  workdir: string;
  /** Module roots (where go commands run): a go.mod may switch the toolchain that builds. */
  rootDirs: string[];
  graphFiles: GraphFile[];
  suffix?: string;
  /** When the main step started (epoch ms). */
  since: number;
  /** Where the list of restored entries is written for the post step. */
  stateDir: string;
  timeoutSeconds: number;
}

/** The Go that will build in each module root: the local one, or the toolchain a go.mod switches to. */
export async function buildingGoVersions(
  localVersion: string,
  rootDirs: string[],
  env: Record<string, string>,
): Promise<string[]> {
  const plan = await planToolchainPrewarm({ dirs: rootDirs, localVersion, env });
  const switched = plan.switches.filter((s) => s.action !== "fail").map((s) => s.toolchain);
  const unswitched = rootDirs.length > plan.switches.length ? [localVersion] : [];
  const all = [...new Set([...switched, ...unswitched])];
  return all.length ? all : [localVersion];
}

export async function restoreBuildCache(
  input: BuildRestoreInput,
): Promise<BuildCacheState | undefined> {
  const { goenv } = input;
  const gocache = goenv.GOCACHE ?? "";
  if (!gocache || gocache === "off") {
    core.info(`Build cache: GOCACHE is ${gocache || "unset"}; nothing to restore or save`);
    return undefined;
  }
  const [goVersions, code] = await Promise.all([
    buildingGoVersions(input.localVersion, input.rootDirs, input.env),
    hashSources(input.workdir),
  ]);
  const keys = buildCacheKeys({
    goos: goenv.GOOS ?? "",
    goarch: goenv.GOARCH ?? "",
    goVersions,
    variables: goenv,
    depsHash: graphHash(input.graphFiles),
    codeHash: code.hash,
    ...(input.suffix ? { suffix: input.suffix } : {}),
  });
  const paths = cachePaths(gocache, "full");
  const restoredList = join(input.stateDir, "gocache-restored.txt");
  const started = performance.now();
  const before = await readdir(gocache).catch(() => [] as string[]);
  const skipped =
    cacheClosed(input.env, "read") ??
    (before.length && !before.includes("README")
      ? `GOCACHE (${gocache}) holds files but no Go README: not restoring over a directory Go does not manage`
      : undefined);
  const fetched: Omit<Fetched, "denied"> = skipped
    ? { hit: "miss" }
    : await fetchEntry(paths, keys.key, keys.restoreKeys, input.timeoutSeconds);
  const { hit, matchedKey, archiveBytes, problem } = fetched;
  // A failed extraction may leave half an archive: start cold from what was there (nothing).
  if (problem && !before.length) await rm(gocache, { recursive: true, force: true });
  const restoreSeconds = (performance.now() - started) / 1000;

  const t = performance.now();
  const entries = hit === "miss" ? [] : await listEntries(gocache);
  const stamped = entries.length ? await stampEntries(gocache, entries, Date.now()) : 0;
  await mkdir(input.stateDir, { recursive: true });
  await writeFile(restoredList, entries.map((e) => e.name).join("\n"));
  const stampSeconds = (performance.now() - t) / 1000;

  const state: BuildCacheState = {
    v: 1,
    gocache,
    paths,
    key: keys.key,
    hit,
    since: input.since,
    restoredList,
    restored: {
      entries: entries.length,
      bytes: totalBytes(entries),
      ...(archiveBytes !== undefined && hit !== "miss" ? { archiveBytes } : {}),
    },
    restoreSeconds,
    stamped,
    stampSeconds,
    ...(matchedKey !== undefined ? { matchedKey } : {}),
    ...(skipped ? { skipped } : {}),
    ...(problem ? { problem } : {}),
  };
  announce(state);
  return state;
}

function announce(s: BuildCacheState): void {
  if (s.problem)
    core.notice(`Build cache not restored, building cold: ${s.problem}`, { title: "Build cache" });
  const size =
    s.restored.archiveBytes !== undefined ? `, ${humanBytes(s.restored.archiveBytes)}` : "";
  const took = `${s.restoreSeconds.toFixed(1)} s${size}; ${s.restored.entries} entries, ${s.stamped} stamped in ${s.stampSeconds.toFixed(1)} s`;
  if (s.hit === "exact") core.info(`Build cache: exact hit ${s.key} (${took})`);
  else if (s.hit === "partial")
    // The matched key is what the cache service says it restored: untrusted text.
    echoUntrusted(`Build cache: restored ${s.matchedKey} for ${s.key} (${took})`);
  else core.info(`Build cache: miss for ${s.key}${s.skipped ? ` (${s.skipped})` : ""}`);
}
