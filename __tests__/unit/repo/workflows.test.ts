// The .github a maintainer relies on: every YAML file parses; the test workflow runs the
// README's test command on push and pull_request; the smoke job runs the action from the
// checkout on three OSes and builds every example (whose go.sum covers its go.mod); the
// release workflow checks dist/ and its tag-moving script really moves v1 (run here against
// a local git remote); dependabot watches npm and github-actions; action.yml has branding.
import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { parseDocument } from "yaml";
import { REPO_ROOT } from "../../support/runner.ts";

const run = promisify(execFile);

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  "runs-on": string;
  strategy?: { matrix?: { os?: string[] } };
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, Job>;
}

async function yamlFile<T>(path: string): Promise<T> {
  const doc = parseDocument(await readFile(join(REPO_ROOT, path), "utf8"), { uniqueKeys: true });
  assert.deepEqual(
    doc.errors.map((e) => e.message),
    [],
    `${path} parses`,
  );
  return doc.toJS() as T;
}

const workflowFiles = readdirSync(join(REPO_ROOT, ".github/workflows")).map(
  (f) => `.github/workflows/${f}`,
);

test("every workflow and dependabot.yml parses as YAML without duplicate keys", async () => {
  assert.ok(workflowFiles.length >= 2, workflowFiles.join(", "));
  for (const f of [...workflowFiles, ".github/dependabot.yml"]) {
    const doc = await yamlFile<Record<string, unknown>>(f);
    assert.ok(doc && typeof doc === "object", f);
  }
});

test("every step references only what exists: local actions, scripts, directories; remote actions pinned", async () => {
  for (const f of workflowFiles) {
    const wf = await yamlFile<Workflow>(f);
    for (const [id, job] of Object.entries(wf.jobs)) {
      assert.ok(job.steps.length > 0, `${f} ${id} has steps`);
      for (const step of job.steps) {
        const where = `${f} ${id} ${step.name ?? step.uses ?? step.run}`;
        assert.ok(!!step.uses !== !!step.run, `${where}: exactly one of uses/run`);
        if (step.uses?.startsWith("./"))
          assert.ok(existsSync(join(REPO_ROOT, step.uses, "action.yml")), where);
        else if (step.uses) assert.match(step.uses, /^[\w-]+\/[\w-]+@v\d+$/, where);
        for (const m of (step.run ?? "").matchAll(/\b((?:scripts|examples)\/[\w./-]+)/g))
          if (!m[1]!.includes("*"))
            assert.ok(existsSync(join(REPO_ROOT, m[1]!)), `${where}: ${m[1]}`);
        const dir = step.with?.["working-directory"];
        if (typeof dir === "string")
          assert.ok(existsSync(join(REPO_ROOT, dir)), `${where}: ${dir}`);
      }
    }
  }
});

describe("test workflow", () => {
  test("runs the README's test command on push and pull_request", async () => {
    const wf = await yamlFile<Workflow>(".github/workflows/test.yml");
    assert.ok("push" in wf.on && "pull_request" in wf.on);
    const readme = await readFile(join(REPO_ROOT, "README.md"), "utf8");
    const command = /^(bash scripts\/test\.sh)\s+#/m.exec(readme)?.[1];
    assert.ok(command, "the README names its test command");
    const runs = Object.values(wf.jobs).flatMap((j) => j.steps.map((s) => s.run?.trim()));
    assert.ok(runs.includes(command), `a step runs ${command}`);
    assert.match(await readFile(join(REPO_ROOT, ".ci/run"), "utf8"), /^bash scripts\/test\.sh$/m);
  });

  test("the smoke job runs the action from the checkout on ubuntu, macOS and Windows and builds every example", async () => {
    const wf = await yamlFile<Workflow>(".github/workflows/test.yml");
    const smoke = Object.values(wf.jobs).find((j) => j.steps.some((s) => s.uses === "./"));
    assert.ok(smoke, "a job uses ./");
    assert.deepEqual([...(smoke.strategy?.matrix?.os ?? [])].sort(), [
      "macos-latest",
      "ubuntu-latest",
      "windows-latest",
    ]);
    const build = smoke.steps.find((s) => s.run?.includes("go build ./..."));
    assert.ok(build?.run?.includes("examples/*/go.mod"), "the build loops over every example");
  });

  test("every example's go.sum has both lines for each requirement (go build runs -mod=readonly)", async () => {
    const examples = readdirSync(join(REPO_ROOT, "examples"));
    assert.ok(examples.length >= 2);
    for (const ex of examples) {
      const gomod = await readFile(join(REPO_ROOT, "examples", ex, "go.mod"), "utf8");
      const requires = [
        ...gomod.matchAll(/^(?:require\s+|\t)([\w./-]+)\s+(v[\w.+-]+)(?:\s*\/\/.*)?$/gm),
      ].map((m) => [m[1]!, m[2]!] as const);
      if (requires.length === 0) continue;
      const gosum = await readFile(join(REPO_ROOT, "examples", ex, "go.sum"), "utf8");
      for (const [mod, version] of requires) {
        assert.match(gosum, new RegExp(`^${mod} ${version} h1:[A-Za-z0-9+/]{43}=$`, "m"), ex);
        assert.match(
          gosum,
          new RegExp(`^${mod} ${version}/go.mod h1:[A-Za-z0-9+/]{43}=$`, "m"),
          ex,
        );
      }
    }
  });
});

describe("release workflow", () => {
  const moveStep = async () => {
    const wf = await yamlFile<Workflow>(".github/workflows/release.yml");
    assert.deepEqual(wf.on, { release: { types: ["published"] } });
    const steps = Object.values(wf.jobs).flatMap((j) => j.steps);
    const dist = steps.find((s) => s.run?.includes("git status --porcelain -- dist"));
    assert.ok(dist, "dist/ is checked");
    assert.ok(
      steps.indexOf(dist) > steps.findIndex((s) => s.run === "npm run build"),
      "after a build",
    );
    const move = steps.find((s) => s.name === "move the major tag");
    assert.ok(move?.run);
    assert.ok(steps.indexOf(move) > steps.indexOf(dist), "the tag moves after the dist check");
    return move.run;
  };

  test("its script moves v1 to each v1.x.y it is run for, and refuses other tags", async () => {
    const script = await moveStep();
    const dir = await mkdtemp(join(tmpdir(), "release-"));
    try {
      const git = (cwd: string, ...args: string[]) =>
        run("git", ["-c", "init.defaultBranch=main", ...args], { cwd, timeout: 30_000 });
      const origin = join(dir, "origin.git");
      const work = join(dir, "work");
      await git(dir, "init", "-q", "--bare", origin);
      await git(dir, "clone", "-q", origin, work);
      const commit = async (tag: string) => {
        await git(
          work,
          "-c",
          "user.name=t",
          "-c",
          "user.email=t@t",
          "commit",
          "-q",
          "--allow-empty",
          "-m",
          tag,
        );
        await git(work, "tag", tag);
        await git(work, "push", "-q", "origin", "HEAD:main", tag);
      };
      const release = (tag: string) =>
        run("bash", ["-e", "-c", script], {
          cwd: work,
          env: { ...process.env, TAG: tag },
          timeout: 30_000,
        });
      const v1At = async () => (await git(origin, "rev-parse", "v1^{commit}")).stdout.trim();
      const commitOf = async (tag: string) =>
        (await git(origin, "rev-parse", `${tag}^{commit}`)).stdout.trim();

      await commit("v1.0.0");
      await release("v1.0.0");
      assert.equal(await v1At(), await commitOf("v1.0.0"));
      await commit("v1.1.0");
      await release("v1.1.0");
      assert.equal(await v1At(), await commitOf("v1.1.0"));
      await assert.rejects(release("latest"), (err: { stdout: string }) =>
        /release tag latest is not vX\.Y\.Z/.test(err.stdout),
      );
      assert.equal(await v1At(), await commitOf("v1.1.0"));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

test("dependabot watches npm and github-actions", async () => {
  const cfg = await yamlFile<{ updates: { "package-ecosystem": string }[] }>(
    ".github/dependabot.yml",
  );
  assert.deepEqual(cfg.updates.map((u) => u["package-ecosystem"]).sort(), [
    "github-actions",
    "npm",
  ]);
});

test("action.yml has marketplace branding: a Feather icon name and one of GitHub's colors", async () => {
  const action = await yamlFile<{ branding?: { icon?: string; color?: string } }>("action.yml");
  assert.match(action.branding?.icon ?? "", /^[a-z0-9-]+$/);
  assert.ok(
    ["white", "black", "yellow", "blue", "green", "orange", "red", "purple", "gray-dark"].includes(
      action.branding?.color ?? "",
    ),
  );
});
