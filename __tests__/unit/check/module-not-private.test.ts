import { test } from "@jest/globals";
import assert from "node:assert/strict";
import { checkSettings } from "../../../src/check/static.ts";
import { type CheckEnv } from "../../../src/check/context.ts";

const requirements = [{ path: "git.corp.example/team/x", file: "go.mod", line: 5 }];
const notPrivate = (env: CheckEnv) =>
  checkSettings(env, { goVersion: { major: 1, minor: 26, patch: 0 }, requirements }).filter(
    (d) => d.rule === "module-not-private",
  );

test("Athens-style: the user's proxy serves the private module, GONOSUMDB covers it: no finding", () => {
  for (const cover of [{ GONOSUMDB: "git.corp.example" }, { GOPRIVATE: "git.corp.example" }])
    assert.deepEqual(
      notPrivate({ GOPROXY: "https://athens.corp.example,direct", ...cover }),
      [],
      JSON.stringify(cover),
    );
  // GOPRIVATE sends it direct; GONOPROXY=none routes it through the user's proxy again: both fine.
  assert.deepEqual(
    notPrivate({
      GOPROXY: "https://athens.corp.example",
      GOPRIVATE: "git.corp.example",
      GONOPROXY: "none",
    }),
    [],
  );
});

test("only the checksum database sees the path when the user's own proxy is first", () => {
  const [d, ...rest] = notPrivate({ GOPROXY: "https://athens.corp.example,direct" });
  assert.equal(rest.length, 0);
  assert.match(d!.message, /checksum database sum\.golang\.org/);
  assert.doesNotMatch(d!.message, /public proxy/);
  assert.match(d!.message, /GONOSUMDB when your own proxy serves it/);
  const custom = notPrivate({
    GOPROXY: "https://athens.corp.example",
    GOSUMDB: "sum.corp.example+abcd1234+AAAA https://sum.corp.example",
  });
  assert.match(custom[0]!.message, /checksum database sum\.corp\.example /);
});

test("a public proxy asked first sees it too; GONOSUMDB alone then is not enough", () => {
  const both = notPrivate({ GOPROXY: "https://proxy.golang.org,direct" });
  assert.match(
    both[0]!.message,
    /public proxy https:\/\/proxy\.golang\.org .*and to the checksum database/,
  );
  const proxyOnly = notPrivate({
    GOPROXY: "https://proxy.golang.org,direct",
    GONOSUMDB: "git.corp.example",
  });
  assert.match(proxyOnly[0]!.message, /public proxy/);
  assert.doesNotMatch(proxyOnly[0]!.message, /checksum database/);
  assert.match(proxyOnly[0]!.message, /to GOPRIVATE/);
  // GOSUMDB=off and the proxy skipped: nobody outside sees it.
  assert.deepEqual(
    notPrivate({
      GOPROXY: "https://proxy.golang.org,direct",
      GONOPROXY: "git.corp.example",
      GOSUMDB: "off",
    }),
    [],
  );
});
