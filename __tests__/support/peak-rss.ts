// The peak resident memory of the action's node processes under the runner emulator: a
// preload (NODE_OPTIONS=--import) writes each process's Linux VmHWM when it exits.
import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface PeakRss {
  /** Add to the job's environment. */
  env: Record<string, string>;
  /** The highest VmHWM, in bytes, of the node processes that exited so far (0 when none wrote). */
  read(): Promise<number>;
}

export async function peakRssProbe(): Promise<PeakRss> {
  const dir = await mkdtemp(join(tmpdir(), "peak-rss-"));
  const preload = join(dir, "preload.mjs");
  await writeFile(
    preload,
    `import { readFileSync, writeFileSync } from "node:fs";
process.on("exit", () => {
  const m = /VmHWM:\\s+(\\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
  writeFileSync(${JSON.stringify(dir)} + "/rss." + process.pid, String(m ? Number(m[1]) * 1024 : 0));
});
`,
  );
  return {
    env: { NODE_OPTIONS: `--import=${preload}` },
    async read() {
      let peak = 0;
      for (const f of await readdir(dir))
        if (f.startsWith("rss."))
          peak = Math.max(peak, Number(await readFile(join(dir, f), "utf8")));
      return peak;
    },
  };
}
