// The demo behind `bash scripts/demo.sh`: builds the example's fixture modules, serves them
// from two proxies on 127.0.0.1 (the first lacks one module), runs dist/ main and post
// under the runner emulator, and prints what a GitHub job page would show.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FIXTURE_HOST } from "../__tests__/support/fixtures.ts";
import { runAction } from "../__tests__/support/runner.ts";
import {
  exampleWorkspace,
  jobEnv,
  MISSING_FROM_FIRST,
  exampleChain,
} from "../__tests__/support/example.ts";
import { toolchain, testedToolchains } from "../__tests__/support/toolchains.ts";

const go = process.env.DEMO_GO ? toolchain(process.env.DEMO_GO) : testedToolchains().at(-1)!;
const chain = await exampleChain(go.goBin);
const { a: first, b: second } = chain;
try {
  const inputs = { proxy: `${first.url},${second.url}`, "no-sumdb": FIXTURE_HOST };
  console.log(
    `Go ${go.version}; proxies: ${first.url} (lacks ${MISSING_FROM_FIRST}), ${second.url}`,
  );
  console.log(`inputs: ${JSON.stringify(inputs)}\n`);
  const home = await mkdtemp(join(tmpdir(), "demo-home-"));
  const job = await runAction({
    workspace: await exampleWorkspace(),
    env: jobEnv(go, home),
    inputs,
  });
  for (const a of job.annotations)
    console.log(`[${a.command}] ${a.properties.title ?? ""} ${a.message}`);
  console.log(`\nexit: main ${job.main.exitCode}, post ${job.post?.exitCode}`);
  console.log(`exported: ${Object.keys(job.env).join(", ")}`);
  console.log(`outputs: ${JSON.stringify(job.outputs)}\n`);
  console.log("──── job summary ────");
  console.log(job.summary);
  process.exitCode = job.main.exitCode;
} finally {
  await chain.close();
}
