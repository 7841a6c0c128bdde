// The two ways the action runs processes: runBounded (node:child_process, stoppable by a total
// limit, by lack of progress, or by a signal) and execQuiet (@actions/exec, silent, bounded
// without a kill). Real child processes (this node), no mocks.
import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { mkdtemp, copyFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { runBounded } from "../../../src/process/bounded.ts";
import { execQuiet, ProcessTimeout, quoteTool } from "../../../src/process/exec.ts";

const run = promisify(execFile);
const NODE = process.execPath;
const REPO = join(import.meta.dirname, "..", "..", "..");
const env = { PATH: process.env.PATH ?? "" };
const script = (js: string) => ["-e", js];

/**
 * Runs `js` (an ES module body that may import the runners) in a fresh node and returns what it
 * printed: the runners must print nothing, on import or on use, whatever the child says.
 */
async function printedBy(js: string): Promise<string> {
  const { stdout, stderr } = await run(NODE, ["--input-type=module", "-e", js], {
    env: { PATH: env.PATH },
    cwd: REPO,
  });
  return stdout + stderr;
}

describe("runBounded", () => {
  test("returns the exit code, both streams, and each line as it arrives; prints nothing", async () => {
    const lines: string[] = [];
    const r = await runBounded(
      NODE,
      script(
        "process.stderr.write('one\\ntw'); setTimeout(() => { process.stderr.write('o\\nthree'); process.stdout.write('out'); process.exit(3); }, 50)",
      ),
      { env, timeoutMs: 10_000, onStderrLine: (l) => lines.push(l) },
    );
    assert.equal(r.exitCode, 3);
    assert.equal(r.stdout, "out");
    assert.equal(r.stderr, "one\ntwo\nthree");
    assert.deepEqual(lines, ["one", "two", "three"]);
    assert.equal(r.stopped, undefined);
  });

  test("stdout to lines only: none of it is kept; a character split between writes stays whole", async () => {
    const lines: string[] = [];
    const r = await runBounded(
      NODE,
      script(
        // "é" is 0xC3 0xA9: its two bytes arrive in two chunks.
        "process.stdout.write(Buffer.from([0x61, 0xc3])); setTimeout(() => process.stdout.write(Buffer.from([0xa9, 0x0a, 0x62])), 50)",
      ),
      {
        env,
        timeoutMs: 10_000,
        onStdoutLine: (l) => lines.push(l),
        stdoutLinesOnly: true,
      },
    );
    assert.equal(r.exitCode, 0);
    assert.deepEqual(lines, ["aé", "b"]);
    assert.equal(r.stdout, "");
  });
  test("feeds stdin and closes it", async () => {
    const r = await runBounded(
      NODE,
      script(
        "let s=''; process.stdin.on('data', d => s += d).on('end', () => console.log(s.toUpperCase()))",
      ),
      { env, timeoutMs: 10_000, input: "hello" },
    );
    assert.equal(r.exitCode, 0);
    assert.equal(r.stdout, "HELLO\n");
  });

  test("a signal ends in 128 + its number", async () => {
    const r = await runBounded(NODE, script("process.kill(process.pid, 'SIGTERM')"), {
      env,
      timeoutMs: 10_000,
    });
    assert.equal(r.exitCode, process.platform === "win32" ? 1 : 143);
  });

  test("stops a run at its total limit, with what it printed so far", async () => {
    const started = performance.now();
    const r = await runBounded(
      NODE,
      script("console.log('started'); setInterval(() => console.error('tick'), 50)"),
      { env, timeoutMs: 2000 },
    );
    const ms = performance.now() - started;
    assert.deepEqual(r.stopped, { kind: "timeout", limitSeconds: 2 });
    assert.equal(r.exitCode, -1);
    assert.match(r.stdout, /started/);
    assert.ok(ms >= 1950 && ms < 8000, `${ms} ms`);
  });

  test("stops a run that stalls (no output, no progress), but not one that keeps printing", async () => {
    const started = performance.now();
    const stalled = await runBounded(
      NODE,
      script("console.log('hi'); setInterval(() => {}, 1000)"),
      {
        env,
        timeoutMs: 20_000,
        stallMs: 1500,
      },
    );
    assert.deepEqual(stalled.stopped, { kind: "stall", limitSeconds: 1.5 });
    assert.ok(performance.now() - started < 8000);

    const chatty = await runBounded(
      NODE,
      script(
        "let n = 0; const t = setInterval(() => { console.error(n); if (++n === 40) { clearInterval(t); } }, 100)",
      ),
      { env, timeoutMs: 20_000, stallMs: 1500 },
    );
    assert.equal(chatty.stopped, undefined, "4 s of output every 100 ms is progress");
    assert.equal(chatty.exitCode, 0);
  });

  test("progress() that keeps changing keeps a silent run alive; one that stops changing ends it", async () => {
    let bytes = 0;
    const grow = setInterval(() => (bytes += 10), 100);
    try {
      const alive = await runBounded(NODE, script("setTimeout(() => {}, 4000)"), {
        env,
        timeoutMs: 20_000,
        stallMs: 1500,
        progress: () => bytes,
      });
      assert.equal(alive.stopped, undefined);
      assert.equal(alive.exitCode, 0);
    } finally {
      clearInterval(grow);
    }
    const frozen = await runBounded(NODE, script("setTimeout(() => {}, 10000)"), {
      env,
      timeoutMs: 20_000,
      stallMs: 1500,
      progress: () => bytes,
    });
    assert.equal(frozen.stopped?.kind, "stall");
  });

  (process.platform === "win32" ? test.skip : test)(
    "stops what the child started too (its process group)",
    async () => {
      const started = performance.now();
      // The grandchild holds the pipes; without a group kill 'close' would wait for it.
      const r = await runBounded(
        NODE,
        script(
          `require('node:child_process').spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'], { stdio: 'inherit' }); setTimeout(() => {}, 30000)`,
        ),
        { env, timeoutMs: 500 },
      );
      assert.equal(r.stopped?.kind, "timeout");
      assert.ok(performance.now() - started < 2500, `${performance.now() - started} ms`);
    },
  );

  test("an abort signal stops it", async () => {
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 200);
    const r = await runBounded(NODE, script("setTimeout(() => {}, 10000)"), {
      env,
      timeoutMs: 20_000,
      signal: ac.signal,
    });
    assert.equal(r.stopped?.kind, "aborted");
  });

  test("rejects when the program cannot start", async () => {
    await assert.rejects(
      runBounded(join(tmpdir(), "no-such-program-here"), [], { env, timeoutMs: 1000 }),
      /ENOENT/,
    );
  });
});

test("neither runner prints anything, on import or on use, whatever the child prints", async () => {
  const child = JSON.stringify(
    "console.log('::error::forged'); console.error('[command]x'); process.exit(2)",
  );
  const printed = await printedBy(`
    const { runBounded } = await import("./src/process/bounded.ts");
    const { execQuiet } = await import("./src/process/exec.ts");
    const env = { PATH: process.env.PATH };
    const a = await runBounded(process.execPath, ["-e", ${child}], { env, timeoutMs: 10000 });
    const b = await execQuiet(process.execPath, ["-e", ${child}], { env, timeoutMs: 10000 });
    process.stdout.write("RESULT " + a.exitCode + " " + b.exitCode + " " + JSON.stringify(a.stdout + b.stdout + a.stderr + b.stderr));
  `);
  assert.equal(
    printed,
    `RESULT 2 2 ${JSON.stringify("::error::forged\n::error::forged\n[command]x\n[command]x\n")}`,
  );
});

describe("execQuiet (@actions/exec)", () => {
  test("children that exit at once never crash the caller (no write to their closed stdin)", async () => {
    const printed = await printedBy(`
      const { execQuiet } = await import("./src/process/exec.ts");
      const env = { PATH: process.env.PATH };
      const runs = Array.from({ length: 40 }, () =>
        execQuiet("/bin/true", [], { env, timeoutMs: 20000 }),
      );
      const codes = (await Promise.all(runs)).map((r) => r.exitCode);
      process.stdout.write("RESULT " + codes.filter((c) => c === 0).length);
    `);
    assert.equal(printed, "RESULT 40");
  });

  test("returns exit code and output; prints nothing (no [command] echo, no copy of the output)", async () => {
    const r = await execQuiet(
      NODE,
      script("console.log('::warning::x'); console.error('e'); process.exit(4)"),
      {
        env,
        timeoutMs: 10_000,
      },
    );
    assert.equal(r.exitCode, 4);
    assert.equal(r.stdout, "::warning::x\n");
    assert.equal(r.stderr, "e\n");
  });

  test("a tool path with spaces and quotes runs", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dir with "quote" '));
    try {
      const copy = join(dir, "my node");
      await copyFile(NODE, copy);
      const { chmod } = await import("node:fs/promises");
      await chmod(copy, 0o755);
      const r = await execQuiet(copy, script("console.log(process.argv.length)"), {
        env,
        timeoutMs: 10_000,
      });
      assert.equal(r.exitCode, 0);
      assert.equal(r.stdout.trim(), "1");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    assert.equal(quoteTool('a "b" c'), '"a \\"b\\" c"');
  });

  test("gives up after its limit with a ProcessTimeout naming the command", async () => {
    const started = performance.now();
    await assert.rejects(
      execQuiet(NODE, script("setTimeout(() => {}, 3000)"), {
        env,
        timeoutMs: 300,
        what: "go env",
      }),
      (e: unknown) =>
        e instanceof ProcessTimeout &&
        e.limitSeconds === 0.3 &&
        /go env did not finish within 0.3 s/.test(e.message),
    );
    assert.ok(performance.now() - started < 2000);
  });
});
