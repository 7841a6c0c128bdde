// Keys, path lists, the download-cache scanner, manifests, the save policy and the state
// format: pure logic and real directory trees, no network, no go.
import { test } from "@jest/globals";
import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { existsSync } from "node:fs";
import {
  cacheKeys,
  cachePaths,
  graphHash,
  readGraphFiles,
  runnerOs,
} from "../../../src/cache/key.ts";
import { manifestOf, versionSet } from "../../../src/cache/manifest.ts";
import {
  compareSemver,
  escapeModuleString,
  isCanonicalVersion,
  listExtractedModules,
  scanDownloadCache,
  unescapeModuleString,
  versionListText,
} from "../../../src/cache/modcache.ts";
import { parseSavePolicy, policyAllows, stateAllows } from "../../../src/cache/policy.ts";
import {
  parseState,
  recordPrewarm,
  serializeState,
  type CacheState,
} from "../../../src/cache/state.ts";
import { filesForSums, warmFromSums } from "../../../src/cache/warm.ts";
import { filesLeft, verifyModuleCache } from "../../../src/cache/verify.ts";
import { hashGoMod } from "../../../src/sumdb/dirhash.ts";
import { cacheFacts, saveModuleCache } from "../../../src/cache/save.ts";
import { writeTree } from "./tree.ts";

const GRAPH = [
  { path: "go.mod", content: "module example.com/m\n\ngo 1.22\n" },
  { path: "go.sum", content: "example.com/a v1.0.0 h1:x=\n" },
];

test("key: names the module graph, prefix per OS and layout, suffix before the hash", () => {
  const k = cacheKeys({ os: "linux", layout: "download", graphFiles: GRAPH });
  assert.match(k.key, /^setup-goproxy-gomod-v1-linux-dl-[0-9a-f]{64}$/);
  assert.deepEqual(k.restoreKeys, ["setup-goproxy-gomod-v1-linux-dl-"]);
  // order of files does not matter; content and path do
  assert.equal(
    cacheKeys({ os: "linux", layout: "download", graphFiles: [...GRAPH].reverse() }).key,
    k.key,
  );
  const edited = [GRAPH[0]!, { path: "go.sum", content: "example.com/a v1.0.1 h1:x=\n" }];
  assert.notEqual(cacheKeys({ os: "linux", layout: "download", graphFiles: edited }).key, k.key);
  const moved = [GRAPH[0]!, { path: "sub/go.sum", content: GRAPH[1]!.content }];
  assert.notEqual(graphHash(moved), graphHash(GRAPH));
  // OS is in, layout is in
  assert.notEqual(cacheKeys({ os: "win32", layout: "download", graphFiles: GRAPH }).key, k.key);
  assert.match(cacheKeys({ os: "win32", layout: "full", graphFiles: GRAPH }).key, /-windows-full-/);
  assert.equal(runnerOs("darwin"), "macos");

  const s = cacheKeys({
    os: "linux",
    layout: "download",
    graphFiles: GRAPH,
    suffix: " lint, go 1.26 ",
  });
  assert.match(s.key, /^setup-goproxy-gomod-v1-linux-dl-lint-go-1\.26-[0-9a-f]{64}$/);
  assert.deepEqual(s.restoreKeys, [
    "setup-goproxy-gomod-v1-linux-dl-lint-go-1.26-",
    "setup-goproxy-gomod-v1-linux-dl-",
  ]);
  const long = cacheKeys({
    os: "linux",
    layout: "download",
    graphFiles: GRAPH,
    suffix: "x,".repeat(400),
  });
  assert.ok(long.key.length <= 512 && !long.key.includes(","), long.key);
  for (const key of [long.key, ...long.restoreKeys]) assert.ok(!key.includes(","));
});

test("key: graph files are read relative to the working directory", async () => {
  const dir = await mkdtemp(join(tmpdir(), "cache-key-"));
  try {
    await writeTree(dir, { "go.mod": "module m\n", "sub/go.sum": "x v1 h1:y\n" });
    const files = await readGraphFiles(dir, [join(dir, "sub", "go.sum"), join(dir, "go.mod")]);
    assert.deepEqual(
      files.map((f) => f.path),
      ["go.mod", "sub/go.sum"],
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("paths: cache/download children minus sumdb, ~ for a cache under home; full is the whole cache", () => {
  assert.deepEqual(cachePaths("/home/runner/go/pkg/mod", "download", "/home/runner"), [
    "~/go/pkg/mod/cache/download/*",
    "!~/go/pkg/mod/cache/download/sumdb",
  ]);
  assert.deepEqual(cachePaths("/opt/mod", "download", "/home/runner"), [
    "/opt/mod/cache/download/*",
    "!/opt/mod/cache/download/sumdb",
  ]);
  assert.deepEqual(cachePaths("/home/runner/go/pkg/mod", "full", "/home/runner"), ["~/go/pkg/mod"]);
  // the home directory itself is not a prefix of /home/runnerX
  assert.deepEqual(cachePaths("/home/runnerX/mod", "full", "/home/runner"), ["/home/runnerX/mod"]);
});

test("escaping and semver order follow Go", () => {
  assert.equal(escapeModuleString("github.com/Azure/SDK"), "github.com/!azure/!s!d!k");
  assert.equal(unescapeModuleString("github.com/!azure/!s!d!k"), "github.com/Azure/SDK");
  assert.equal(unescapeModuleString("github.com/Azure"), undefined);
  const versions = [
    "v1.10.0",
    "v1.2.0",
    "v1.2.0-rc.1",
    "v1.2.0-beta.2",
    "v1.2.0-beta.11",
    "v0.0.0-20240101000000-abcdef123456",
    "v2.0.0+incompatible",
  ];
  assert.deepEqual([...versions].sort(compareSemver), [
    "v0.0.0-20240101000000-abcdef123456",
    "v1.2.0-beta.2",
    "v1.2.0-beta.11",
    "v1.2.0-rc.1",
    "v1.2.0",
    "v1.10.0",
    "v2.0.0+incompatible",
  ]);
  assert.ok(isCanonicalVersion("v2.0.0+incompatible"));
  assert.ok(!isCanonicalVersion("v1.2"));
  assert.ok(!isCanonicalVersion("v1.0.0-!r!c1")); // an escaped stem: Go leaves it out of list
  assert.equal(versionListText(["v1.10.0", "v1.9.0", "v1.0.0-!r!c1", "v1"]), "v1.9.0\nv1.10.0\n");
});

async function sampleCache(root: string): Promise<void> {
  await writeTree(root, {
    "github.com/!burnt!sushi/toml/@v/list": "v1.3.0\n",
    "github.com/!burnt!sushi/toml/@v/v1.3.0.info": '{"Version":"v1.3.0"}',
    "github.com/!burnt!sushi/toml/@v/v1.3.0.mod": "module github.com/BurntSushi/toml\n",
    "github.com/!burnt!sushi/toml/@v/v1.3.0.zip": "z".repeat(1000),
    "github.com/!burnt!sushi/toml/@v/v1.3.0.ziphash": "h1:abc",
    "github.com/!burnt!sushi/toml/@v/v1.3.0.lock": "",
    "golang.org/x/text/@v/list": "v0.3.0\nv0.14.0\n",
    "golang.org/x/text/@v/v0.3.0.mod": "module golang.org/x/text\n",
    "golang.org/x/text/@v/v0.14.0.mod": "module golang.org/x/text\n",
    "golang.org/x/text/@v/v0.14.0.zip": "t".repeat(500),
    "golang.org/x/text/@v/v0.14.0.zip12345.tmp": "partial",
    "golang.org/x/text/@v/v0.14.0.partial": "",
    "sumdb/sum.golang.org/lookup/golang.org/x/text@v0.14.0": "x".repeat(300),
  });
}

/** A temporary GOMODCACHE whose download cache is sampleCache's, removed after `body`. */
async function withSampleCache(body: (home: string, dl: string) => Promise<void>): Promise<void> {
  const home = await mkdtemp(join(tmpdir(), "cache-sample-"));
  try {
    const dl = join(home, "cache", "download");
    await sampleCache(dl);
    await body(home, dl);
  } finally {
    await rm(home, { recursive: true, force: true });
  }
}

test("scan: versions with their files, scratch files apart, sumdb sized, escaped paths read back", async () => {
  const dir = await mkdtemp(join(tmpdir(), "cache-scan-"));
  try {
    await sampleCache(dir);
    const scan = await scanDownloadCache(dir);
    assert.deepEqual(
      scan.modules.map((m) => [m.path, m.versions.map((v) => v.version)]),
      [
        ["github.com/BurntSushi/toml", ["v1.3.0"]],
        ["golang.org/x/text", ["v0.3.0", "v0.14.0"]],
      ],
    );
    const toml = scan.modules[0]!.versions[0]!;
    assert.deepEqual(
      toml.files.map((f) => f.name),
      ["v1.3.0.info", "v1.3.0.mod", "v1.3.0.zip", "v1.3.0.ziphash"],
    );
    assert.ok(toml.hasZip && toml.hasMod && toml.hasInfo);
    assert.equal(scan.sumdbBytes, 300);
    assert.equal(scan.scratch.length, 3);
    assert.deepEqual([...versionSet(scan)].sort(), [
      "github.com/BurntSushi/toml@v1.3.0",
      "golang.org/x/text@v0.14.0",
      "golang.org/x/text@v0.3.0",
    ]);
    const m1 = manifestOf(scan);
    assert.equal(m1.versions, 3);
    // scratch files come and go without changing the manifest
    await writeFile(join(dir, "golang.org/x/text/@v/v0.3.0.lock"), "");
    assert.equal(manifestOf(await scanDownloadCache(dir)).digest, m1.digest);
    // a new file does change it; so does a size change
    await writeFile(join(dir, "golang.org/x/text/@v/v0.3.0.info"), "{}");
    const m2 = manifestOf(await scanDownloadCache(dir));
    assert.notEqual(m2.digest, m1.digest);
    assert.equal(m2.files, m1.files + 1);
    // sumdb counts only when asked (the full layout caches it)
    assert.equal(manifestOf(await scanDownloadCache(dir)).digest, m2.digest);
    assert.notEqual(
      manifestOf(await scanDownloadCache(dir), { includeSumdb: true }).digest,
      m2.digest,
    );
    assert.equal((await scanDownloadCache(join(dir, "absent"))).modules.length, 0);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("extracted module trees are listed without walking into them", async () => {
  const dir = await mkdtemp(join(tmpdir(), "cache-extracted-"));
  try {
    await writeTree(dir, {
      "cache/download/x.org/a/@v/v1.0.0.mod": "",
      "x.org/a@v1.0.0/a.go": "package a",
      "x.org/a@v1.0.0/sub/b.go": "package b",
      "github.com/!x/y@v0.1.0/go.mod": "",
    });
    assert.deepEqual(await listExtractedModules(dir), ["github.com/!x/y@v0.1.0", "x.org/a@v1.0.0"]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("warm from sums: which files go.sum lines require, and whether they are all there", async () => {
  const sum = [
    "github.com/BurntSushi/toml v1.3.0 h1:a=",
    "github.com/BurntSushi/toml v1.3.0/go.mod h1:b=",
    "golang.org/x/text v0.3.0/go.mod h1:c=",
    "",
    "garbage",
  ].join("\n");
  assert.deepEqual(filesForSums([sum]), [
    "github.com/!burnt!sushi/toml/@v/v1.3.0.info",
    "github.com/!burnt!sushi/toml/@v/v1.3.0.mod",
    "github.com/!burnt!sushi/toml/@v/v1.3.0.zip",
    "github.com/!burnt!sushi/toml/@v/v1.3.0.ziphash",
    "golang.org/x/text/@v/v0.3.0.mod",
  ]);
  const home = await mkdtemp(join(tmpdir(), "cache-warm-"));
  try {
    await sampleCache(join(home, "cache", "download"));
    const warm = await warmFromSums(home, [sum]);
    assert.equal(warm.warm, true);
    assert.equal(warm.checked, 5);
    const cold = await warmFromSums(home, [sum, "golang.org/x/text v0.3.0 h1:z="]);
    assert.equal(cold.warm, false);
    assert.deepEqual(cold.missing, [
      "golang.org/x/text/@v/v0.3.0.info",
      "golang.org/x/text/@v/v0.3.0.zip",
      "golang.org/x/text/@v/v0.3.0.ziphash",
    ]);
    assert.equal((await warmFromSums(home, [])).warm, false, "no go.sum: nothing proves warmth");
  } finally {
    await rm(home, { recursive: true, force: true });
  }
});

test("warm check over the files a verification left: the same answer as the disk, with no file system call", () =>
  withSampleCache(async (home, dl) => {
    const mod = (path: string) => hashGoMod(`module ${path}\n`);
    // toml's zip is not a zip (removed as unreadable, with its version); text v0.14.0 is not
    // listed (removed); text v0.3.0's go.mod matches (kept).
    const sum = [
      "github.com/BurntSushi/toml v1.3.0 h1:notazip=",
      `github.com/BurntSushi/toml v1.3.0/go.mod ${mod("github.com/BurntSushi/toml")}`,
      `golang.org/x/text v0.3.0/go.mod ${mod("golang.org/x/text")}`,
    ].join("\n");
    const listing = await scanDownloadCache(dl);
    const v = await verifyModuleCache({ gomodcache: home, sums: [sum], trees: false, listing });
    assert.deepEqual(
      v.rejected.map((r) => `${r.module} ${r.why}`),
      ["github.com/BurntSushi/toml@v1.3.0 unreadable", "golang.org/x/text@v0.14.0 unlisted"],
    );
    const present = filesLeft(listing, v);
    assert.deepEqual([...present].sort(), [
      "github.com/!burnt!sushi/toml/@v/list",
      "golang.org/x/text/@v/list",
      "golang.org/x/text/@v/v0.3.0.mod",
    ]);
    const answer = async (texts: string[], from?: ReadonlySet<string>) => {
      const { seconds: _, ...rest } = await warmFromSums(home, texts, from);
      return rest;
    };
    for (const texts of [[`golang.org/x/text v0.3.0/go.mod h1:x=`], [sum], []]) {
      const fromListing = await answer(texts, present);
      assert.deepEqual(fromListing, await answer(texts), texts.join(" | "));
    }
    assert.equal((await answer([`golang.org/x/text v0.3.0/go.mod h1:x=`], present)).warm, true);
    assert.equal((await answer([sum], present)).warm, false);
  }));

test("the save removes the scratch files the scan listed, at any depth but sumdb, and the manifest never counts them", () =>
  withSampleCache(async (home, dl) => {
    await writeTree(dl, {
      "github.com/!burnt!sushi/toml.lock": "",
      "stray.tmp-7": "x",
      "sumdb/sum.golang.org/lookup/a.lock": "",
    });
    const listed = await scanDownloadCache(dl);
    assert.deepEqual([...listed.scratch].sort(), [
      "github.com/!burnt!sushi/toml.lock",
      "github.com/!burnt!sushi/toml/@v/v1.3.0.lock",
      "golang.org/x/text/@v/v0.14.0.partial",
      "golang.org/x/text/@v/v0.14.0.zip12345.tmp",
      "stray.tmp-7",
    ]);
    const restoredManifest = manifestOf(listed, { includeSumdb: false });
    const state = recordPrewarm(
      { ...STATE, gomodcache: home, hit: "exact", restoredManifest },
      "ok",
    );
    const saved = await saveModuleCache(state, {
      policy: "always",
      context: { eventName: "push", ref: "refs/heads/main", defaultBranch: "main" },
      env: { ACTIONS_RESULTS_URL: "http://127.0.0.1:9/" },
      announce: false,
    });
    assert.equal(saved.reason, "not saved: exact hit and nothing new since the restore");
    const after = await scanDownloadCache(dl);
    assert.deepEqual(after.scratch, [], "every listed scratch file is gone");
    assert.ok(existsSync(join(dl, "sumdb/sum.golang.org/lookup/a.lock")), "sumdb is left alone");
    assert.equal(manifestOf(after, { includeSumdb: false }).digest, restoredManifest.digest);
  }));

test("save policy: auto skips pull requests, default-branch needs the payload's branch", () => {
  assert.equal(parseSavePolicy(""), "auto");
  assert.equal(parseSavePolicy("Default-Branch"), "default-branch");
  assert.equal(parseSavePolicy("false"), "never");
  assert.throws(() => parseSavePolicy("sometimes"), /cache-save must be one of/);
  const allows = (
    p: Parameters<typeof policyAllows>[0],
    c: Parameters<typeof policyAllows>[1],
  ): boolean => policyAllows(p, c).allowed;
  assert.equal(allows("auto", { eventName: "push", ref: "refs/heads/feature" }), true);
  assert.equal(allows("auto", { eventName: "schedule" }), true);
  for (const e of ["pull_request", "pull_request_target", "merge_group"])
    assert.equal(allows("auto", { eventName: e }), false, e);
  assert.equal(allows("always", { eventName: "pull_request" }), true);
  assert.equal(allows("never", { eventName: "push" }), false);
  const main = { eventName: "push", ref: "refs/heads/trunk", defaultBranch: "trunk" };
  assert.equal(allows("default-branch", main), true);
  assert.equal(allows("default-branch", { ...main, ref: "refs/heads/main" }), false);
  assert.equal(allows("default-branch", { eventName: "push", ref: "refs/heads/main" }), false);
});

const STATE: CacheState = {
  v: 1,
  gomodcache: "/home/runner/go/pkg/mod",
  layout: "download",
  key: "setup-goproxy-gomod-v1-linux-dl-abc",
  restoreKeys: ["setup-goproxy-gomod-v1-linux-dl-"],
  paths: ["~/go/pkg/mod/cache/download/*", "!~/go/pkg/mod/cache/download/sumdb"],
  hit: "partial",
  matchedKey: "setup-goproxy-gomod-v1-linux-dl-old",
  restoreSeconds: 1.23456,
  restoredArchiveBytes: 1000,
  restoredManifest: { versions: 1, files: 4, bytes: 10, sumdbBytes: 0, digest: "d" },
};

test("state: JSON round trip through one string; the pre-warm verdict gates saving", () => {
  assert.equal(stateAllows(STATE).allowed, false, "no verdict recorded");
  const s = recordPrewarm(STATE, "ok", { pruned: { versions: 3, bytes: 99 } });
  const back = parseState(serializeState(s));
  assert.deepEqual(back, s);
  assert.equal(stateAllows(back!).allowed, true);
  assert.equal(stateAllows(recordPrewarm(STATE, "partial")).allowed, false);
  assert.equal(stateAllows(recordPrewarm(STATE, "failed")).allowed, false);
  assert.equal(parseState(""), undefined);
  assert.equal(parseState("{not json"), undefined);
  assert.equal(parseState('{"v":2}'), undefined);
  const facts = cacheFacts(s, {
    saved: true,
    outcome: "saved",
    reason: "saved: x",
    seconds: 2.5,
    archiveBytes: 900,
    failed: false,
  });
  assert.deepEqual(facts, {
    hit: "partial",
    key: STATE.key,
    matchedKey: STATE.matchedKey,
    restoreSeconds: 1.235,
    saveSeconds: 2.5,
    archiveBytes: { restored: 1000, saved: 900 },
    pruned: { versions: 3, bytes: 99 },
    saved: true,
    reason: "saved: x",
  });
  assert.equal(cacheFacts(STATE).reason, "not saved: the post step did not run");
});
