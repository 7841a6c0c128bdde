// The repository's requirements against the settings: malformed module paths, private modules
// that public services would see, patterns that match nothing required.
import { atLeast } from "../go/version.ts";
import type { ProxyListResult } from "../go/proxy-list.ts";
import type { GoSettings } from "../settings/go-settings.ts";
import { matchPrefixPatterns, splitPatterns } from "../go/patterns.ts";
import { checkModulePath, moduleHost } from "../go/module-path.ts";
import { isPublicHost } from "./gomod.ts";
import { brokenPattern } from "./patterns.ts";
import {
  printable,
  report,
  type CheckContext,
  type CheckEnv,
  type Findings,
  type RequirementRef,
} from "./context.ts";

/** Checks the repository's requirements against the settings: malformed paths, leaks, stale patterns. */
export function checkRequirements(
  env: CheckEnv,
  ctx: CheckContext,
  c: Findings,
  settings: GoSettings,
): void {
  const reqs = ctx.requirements;
  if (!reqs || reqs.length === 0) return;
  const badPaths = checkModulePaths(reqs, c);
  if (!atLeast(c.v, 13)) return;
  checkPrivateModules(c, settings, reqs, badPaths);
  checkUnusedPatterns(env, c, reqs);
}

/** Reports each malformed required path once; returns them. */
function checkModulePaths(reqs: readonly RequirementRef[], c: Findings): Set<string> {
  const badPaths = new Set<string>();
  for (const r of reqs) {
    const err = checkModulePath(r.path);
    if (err && !badPaths.has(r.path)) {
      badPaths.add(r.path);
      report(
        c,
        "module-path-invalid",
        "go.mod",
        `${r.file}:${r.line} requires "${printable(r.path)}": Go ${c.ver} cannot download it ("malformed module path \\"${printable(r.path)}\\": ${err}"). Fix: use a path whose first element is a host name with a dot, or a replace directive to a local directory.`,
        { value: r.path, file: r.file, line: r.line },
      );
    }
  }
  return badPaths;
}

/** Private modules whose paths Go would send to a public proxy or the checksum database. */
function checkPrivateModules(
  c: Findings,
  settings: GoSettings,
  reqs: readonly RequirementRef[],
  badPaths: ReadonlySet<string>,
): void {
  const v = c.v;
  const { gonosumdb, gonoproxy } = settings;
  const sumdbOff = settings.sumdb.kind === "off";
  const sumdbName = settings.gosumdb.split(/\s+/)[0]!.split("+")[0]!;
  const publicProxies = publicProxiesAskedFirst(settings.proxy);
  // The proxies the user chose (Athens, Artifactory) are meant to see private paths; only a
  // public proxy Go asks unconditionally and the checksum database are outsiders.
  const byHost = new Map<
    string,
    { reqs: RequirementRef[]; sumLeak: boolean; proxyLeak: boolean }
  >();
  for (const r of reqs) {
    if (badPaths.has(r.path)) continue;
    const host = moduleHost(r.path);
    if (isPublicHost(host)) continue;
    const sumLeak = !sumdbOff && !matchPrefixPatterns(gonosumdb, r.path, v);
    const proxyLeak = publicProxies.length > 0 && !matchPrefixPatterns(gonoproxy, r.path, v);
    if (!sumLeak && !proxyLeak) continue;
    const seen = byHost.get(host) ?? { reqs: [], sumLeak: false, proxyLeak: false };
    seen.reqs.push(r);
    seen.sumLeak ||= sumLeak;
    seen.proxyLeak ||= proxyLeak;
    byHost.set(host, seen);
  }
  for (const [host, { reqs: list, sumLeak, proxyLeak }] of byHost) {
    const first = list[0]!;
    const names =
      list
        .slice(0, 3)
        .map((r) => r.path)
        .join(", ") + (list.length > 3 ? `, and ${list.length - 3} more` : "");
    const seenBy = [
      ...(proxyLeak
        ? [
            `the public proxy ${publicProxies.join(" and ")} (GONOPROXY/GOPRIVATE do not cover it), which cannot serve a private module`,
          ]
        : []),
      ...(sumLeak
        ? [
            `the checksum database ${sumdbName} (GONOSUMDB/GOPRIVATE do not cover it), which has no record of a private module and fails the download (404/410)`,
          ]
        : []),
    ];
    const fix = proxyLeak
      ? `add "${host}" (or your organisation's prefix) to GOPRIVATE`
      : `add "${host}" (or your organisation's prefix) to GONOSUMDB when your own proxy serves it, else to GOPRIVATE`;
    report(
      c,
      "module-not-private",
      "GOPRIVATE",
      `${names} (${first.file}:${first.line}) ${list.length === 1 ? "is" : "are"} on ${host}, which is not a public code host: Go ${c.ver} will send the path to ${seenBy.join(", and to ")}. Fix: ${fix}.`,
      { value: settings.patterns.GOPRIVATE ?? "", file: first.file, line: first.line },
    );
  }
}

function checkUnusedPatterns(env: CheckEnv, c: Findings, reqs: readonly RequirementRef[]): void {
  const v = c.v;
  for (const name of ["GOPRIVATE", "GONOPROXY", "GONOSUMDB"] as const) {
    const value = env[name];
    if (!value) continue;
    for (const p of splitPatterns(value)) {
      if (reqs.some((r) => matchPrefixPatterns(p, r.path, v))) continue;
      if (brokenPattern(p)) continue; // already reported as an error
      report(
        c,
        "pattern-unused",
        name,
        `The ${name} pattern "${printable(p)}" matches none of the ${reqs.length} required modules. Fix: remove it if it is stale, or correct it.`,
        { value },
      );
    }
  }
}

/** Public proxies Go asks for every module before reaching one the user runs (or `direct`). */
const PUBLIC_PROXY_HOSTS: ReadonlySet<string> = new Set([
  "proxy.golang.org",
  "goproxy.io",
  "goproxy.cn",
  "mirrors.aliyun.com",
]);

function publicProxiesAskedFirst(proxy: ProxyListResult): string[] {
  const out: string[] = [];
  for (const e of proxy.entries) {
    if (e.kind !== "proxy") break;
    const host = URL.canParse(e.url) ? new URL(e.url).hostname : "";
    if (!PUBLIC_PROXY_HOSTS.has(host)) break;
    out.push(e.display);
  }
  return out;
}
