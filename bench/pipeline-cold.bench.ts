// Cold pre-warm: the action (dist/main under the runner emulator: configure, checks, go env,
// `go mod download -x -json`, ledger, report) against bare `go mod download` through the same
// loopback proxy, each with an empty GOMODCACHE. Also times the pieces, to show where the
// action's extra time goes: `go mod download -x -json` alone, the action with `prewarm: off`
// (node start-up, bundle load, go env, checks, report), `go env -json`, `node -e 0`, and the
// post step.
//
//   npx node bench/pipeline-cold.bench.ts [--reps 5] [--modules 300] [--seed 1] [--go 1.26]
//
// Every variant is a child process (process start-up is part of the real cost); the variants
// take turns within each repetition so machine drift hits all of them alike. Medians.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { startProxy } from "../__tests__/support/proxy-server.ts";
import { actionDefaults, runAction, type JobResult } from "../__tests__/support/runner.ts";
import { jobEnv } from "../__tests__/support/example.ts";
import { buildWorkload, median, writeWorkloadMain } from "./workload.ts";
import {
  benchGo,
  emit,
  freshDir,
  log,
  machine,
  mustSucceed,
  removeTree,
  s2,
  spawnTimed,
  table,
  treeSize,
} from "./harness.ts";

const { values: args } = parseArgs({
  options: {
    reps: { type: "string", default: "5" },
    modules: { type: "string", default: "300" },
    seed: { type: "string", default: "1" },
    go: { type: "string", default: "" },
  },
});
const REPS = Number(args.reps);
const go = benchGo(args.go);
const w = await buildWorkload({ seed: Number(args.seed), modules: Number(args.modules), log });
const proxy = await startProxy({ dir: w.proxyDir });
const root = await mkdtemp(join(tmpdir(), "bench-cold-"));
const defaults = await actionDefaults();
const hasCheck = "check" in defaults;
// What the action is asked to do: configure GOPROXY and GOSUMDB, default checks, pre-warm,
// no module cache (a cold run).
const inputs: Record<string, string> = { proxy: proxy.url, sumdb: "off" };
if ("cache" in defaults) inputs.cache = "false";
if ("cache-save" in defaults) inputs["cache-save"] = "never";

type Variant =
  | "bare"
  | "bareXJson"
  | "action"
  | "actionWithPost"
  | "actionNoPrewarm"
  | "actionNoPrewarmNoCheck"
  | "goEnv"
  | "nodeStart";
const samples: Record<Variant, number[]> = {
  bare: [],
  bareXJson: [],
  action: [],
  actionWithPost: [],
  actionNoPrewarm: [],
  actionNoPrewarmNoCheck: [],
  goEnv: [],
  nodeStart: [],
};
const downloaded: Record<string, number> = {};
const ledger = { modules: 0, requests: 0 };

async function job(): Promise<{ home: string; ws: string; env: Record<string, string> }> {
  const home = await freshDir(join(root, "home"));
  const ws = join(home, "ws");
  await writeWorkloadMain(ws, w);
  return { home, ws, env: jobEnv(go, home) };
}

async function zips(home: string): Promise<number> {
  const { stdout } = await spawnTimed(
    "bash",
    ["-c", `find gomodcache/cache/download -name '*.zip' | wc -l`],
    {
      cwd: home,
      env: { PATH: "/usr/bin:/bin" },
    },
  );
  return Number(stdout.trim());
}

async function bare(variant: "bare" | "bareXJson"): Promise<void> {
  const j = await job();
  const env = { ...j.env, GOPROXY: proxy.url, GOSUMDB: "off" };
  const extra = variant === "bareXJson" ? ["-x", "-json"] : [];
  const r = mustSucceed(
    `go mod download ${extra.join(" ")}`,
    await spawnTimed(go.goBin, ["mod", "download", ...extra], { cwd: j.ws, env }),
  );
  samples[variant].push(r.seconds);
  downloaded[variant] ??= await zips(j.home);
}

async function action(
  variant: "action" | "actionWithPost" | "actionNoPrewarm" | "actionNoPrewarmNoCheck",
): Promise<JobResult> {
  const j = await job();
  const started = performance.now();
  const res = await runAction({
    inputs: {
      ...inputs,
      ...(variant === "actionNoPrewarm" || variant === "actionNoPrewarmNoCheck"
        ? { prewarm: "off" }
        : {}),
      ...(variant === "actionNoPrewarmNoCheck" ? { check: "off" } : {}),
    },
    env: j.env,
    workspace: j.ws,
    post: variant === "actionWithPost",
    runnerTemp: await mkdtemp(join(j.home, "runner-")),
  });
  samples[variant].push((performance.now() - started) / 1000);
  if (res.main.exitCode !== 0 || (res.post && res.post.exitCode !== 0))
    throw new Error(
      `action (${variant}) failed: ${res.main.stdout.slice(-3000)}\n${res.main.stderr.slice(-2000)}\n${res.post?.stdout.slice(-1000) ?? ""}`,
    );
  if (variant === "action" || variant === "actionWithPost")
    downloaded[variant] ??= await zips(j.home);
  if (variant === "action" && res.outputs.report) {
    const report = JSON.parse(await readFile(res.outputs.report, "utf8")) as {
      download?: { ledger?: { modules?: unknown[]; requests?: unknown[] } };
    };
    ledger.modules = report.download?.ledger?.modules?.length ?? 0;
    ledger.requests = report.download?.ledger?.requests?.length ?? 0;
  }
  return res;
}

try {
  log(
    `cold: ${w.options.modules} modules (seed ${w.options.seed}), Go ${go.version}, ${REPS} reps, inputs ${JSON.stringify({ ...inputs, proxy: "<loopback>" })}`,
  );
  // one unmeasured round warms the page cache and the proxy's file reads
  await bare("bare");
  samples.bare = [];
  const order = [
    "bare",
    "action",
    "bareXJson",
    "actionNoPrewarm",
    "actionWithPost",
    ...(hasCheck ? (["actionNoPrewarmNoCheck"] as const) : []),
  ] as const;
  for (let rep = 0; rep < REPS; rep++) {
    const turn = [...order.slice(rep % order.length), ...order.slice(0, rep % order.length)];
    for (const v of turn) {
      if (v === "bare" || v === "bareXJson") await bare(v);
      else await action(v);
    }
    const j = await job();
    samples.goEnv.push(
      mustSucceed(
        "go env -json",
        await spawnTimed(go.goBin, ["env", "-json"], { cwd: j.ws, env: j.env }),
      ).seconds,
    );
    samples.nodeStart.push(
      mustSucceed(
        "node -e 0",
        await spawnTimed(process.execPath, ["-e", "0"], { cwd: j.ws, env: j.env }),
      ).seconds,
    );
    log(
      `rep ${rep + 1}/${REPS}: ` +
        (Object.keys(samples) as Variant[])
          .map((k) => `${k} ${s2(samples[k].at(-1) ?? NaN)}`)
          .join(", "),
    );
  }
  const m = Object.fromEntries(
    (Object.keys(samples) as Variant[]).map((k) => [k, median(samples[k])]),
  ) as Record<Variant, number>;
  const proxyZips = (await treeSize(w.proxyDir)).bytes;
  const ratio = m.action / m.bare;
  const rows = [
    ["cold pre-warm, median of " + REPS, "seconds", "vs bare go mod download"],
    ["bare `go mod download`", s2(m.bare), "1.00"],
    ["bare `go mod download -x -json`", s2(m.bareXJson), (m.bareXJson / m.bare).toFixed(3)],
    [
      "action main step (configure, checks, pre-warm, ledger, report)",
      s2(m.action),
      ratio.toFixed(3),
    ],
    ["action main + post step", s2(m.actionWithPost), (m.actionWithPost / m.bare).toFixed(3)],
    ["action main step with `prewarm: off`", s2(m.actionNoPrewarm), "—"],
    ["action main step with `prewarm: off`, `check: off`", s2(m.actionNoPrewarmNoCheck), "—"],
    ["`go env -json`", s2(m.goEnv), "—"],
    ["`node -e 0`", s2(m.nodeStart), "—"],
  ];
  emit(
    "cold",
    table(rows) +
      `\noverhead: action main step +${((ratio - 1) * 100).toFixed(1)} % (+${s2(m.action - m.bare)} s); ` +
      `modules downloaded ${JSON.stringify(downloaded)}; ledger ${ledger.modules} modules, ${ledger.requests} requests`,
    {
      go: go.version,
      reps: REPS,
      workload: { ...w.options, versions: w.versions.length, proxyBytes: proxyZips },
      inputs: Object.keys(inputs),
      medians: m,
      samples,
      ratio,
      downloaded,
      ledger,
      machine: machine(),
    },
  );
} finally {
  await proxy.close();
  await removeTree(root);
  await rm(root, { recursive: true, force: true });
}
