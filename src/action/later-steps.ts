// What later steps get besides the Go variables, as actions/setup-go gives it: the directory
// `go install` writes to on PATH, and a problem matcher for compiler and vet errors.
import * as core from "@actions/core";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { GO_PROBLEM_MATCHER } from "../report/problem-matcher.ts";
import { goInstallDir } from "../toolchain/platform.ts";

/** The first GOPATH entry's bin, created and put on PATH. */
export async function addGoInstallDirToPath(gopath: string | undefined): Promise<void> {
  const dir = goInstallDir(gopath);
  if (!dir) return;
  await mkdir(dir, { recursive: true });
  core.addPath(dir);
}

/** Writes the matcher file under RUNNER_TEMP and registers it for the rest of the job. */
export async function registerProblemMatcher(tempDir: string): Promise<void> {
  await mkdir(tempDir, { recursive: true });
  const file = join(tempDir, "go-problem-matcher.json");
  await writeFile(file, JSON.stringify(GO_PROBLEM_MATCHER, null, 2) + "\n");
  core.info(`::add-matcher::${file}`);
}
