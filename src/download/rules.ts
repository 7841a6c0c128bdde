// What the download did, judged: the rules behind a strict failure that no setting predicts,
// in the shape of src/check/rules.ts's catalogue, for docs/rules.md and strict-ignore.
import { advice, defineRule as r, type Rule } from "../core/rule.ts";

export const DOWNLOAD_RULES: readonly Rule[] = [
  r(
    "download-direct",
    "warning",
    ["GOPROXY", "GONOPROXY", "GOPRIVATE"],
    "A module was fetched directly from its VCS, outside allow-direct",
    "The pre-warm fetched the module from its origin with version control (`direct`), not from a proxy: every earlier GOPROXY entry passed it over, or GONOPROXY/GOPRIVATE sent it there. That needs git and network access to the host, is slower, and bypasses what your proxy caches and vets. Under `strict: true` it fails the step unless `allow-direct` matches the module. Mirror the module in the proxy, list it in `allow-direct` (GOPRIVATE syntax), or add `download-direct` to `strict-ignore`.",
  ),
  advice(
    r(
      "download-fallback",
      "warning",
      ["GOPROXY"],
      "A module file fell through to a later GOPROXY entry",
      "An entry of GOPROXY answered 404/410 (after `,`) or failed (after `|`), and the module file came from a later entry. The download still worked, at the cost of an extra round trip per file. With `fail-on-fallback: true` it fails the step, for teams whose first proxy must serve everything. Make the first proxy serve the module, or add `download-fallback` to `strict-ignore`.",
    ),
  ),
];
