// The Windows path rules run here on Linux: the platform is a parameter.
import { test } from "@jest/globals";
import assert from "node:assert/strict";
import { goBinary, goBinDir, goExeName, goInstallDir } from "../../../src/toolchain/platform.ts";
import { goPlatform } from "../../../src/toolchain/gover.ts";

test("go.exe and backslashes on Windows, go and slashes elsewhere", () => {
  const root = String.raw`C:\hostedtoolcache\windows\go\1.23.5\x64`;
  assert.equal(goExeName("win32"), "go.exe");
  assert.equal(
    goBinary(root, "win32"),
    String.raw`C:\hostedtoolcache\windows\go\1.23.5\x64\bin\go.exe`,
  );
  assert.equal(goBinDir(root, "win32"), String.raw`C:\hostedtoolcache\windows\go\1.23.5\x64\bin`);
  assert.equal(
    goBinary("/opt/hostedtoolcache/go/1.23.5/arm64", "darwin"),
    "/opt/hostedtoolcache/go/1.23.5/arm64/bin/go",
  );
  assert.equal(goBinary("/t/go/1.23.5/x64", "linux"), "/t/go/1.23.5/x64/bin/go");
});

test("the first GOPATH entry's bin, split by the platform's list separator", () => {
  assert.equal(
    goInstallDir(String.raw`C:\Users\runneradmin\go;D:\other`, "win32"),
    String.raw`C:\Users\runneradmin\go\bin`,
  );
  assert.equal(goInstallDir("/home/runner/go:/other", "linux"), "/home/runner/go/bin");
  assert.equal(goInstallDir("", "linux"), undefined);
});

test("the architecture input in setup-go's names maps to GOARCH", () => {
  assert.equal(goPlatform("win32", "x64").goos, "windows");
  assert.equal(goPlatform("darwin", "arm64").goarch, "arm64");
  assert.equal(goPlatform("linux", "x86").goarch, "386");
  assert.equal(goPlatform("linux", "amd64").goarch, "amd64");
});
