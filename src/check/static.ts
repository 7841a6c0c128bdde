// Static checks of the Go download settings with Go's exact rules (src/go), version by version.
// Pure: settings and repository facts in, diagnostics out. Never prints a credential.
// One file per variable (or group of variables) holds its checks; this runs them in order.
import type { Diagnostic } from "../core/diagnostic.ts";
import { secretScrubber, valueSecretForms } from "../redact/redact.ts";
import { goSettingsFromEnv } from "../settings/go-settings.ts";
import { printable, type CheckContext, type CheckEnv, type Findings } from "./context.ts";
import { checkGoproxy } from "./goproxy.ts";
import { checkGosumdb } from "./gosumdb.ts";
import { checkPatterns } from "./patterns.ts";
import { checkRequirements } from "./requirements.ts";
import { checkGotoolchain } from "./gotoolchain.ts";
import { checkGoflags } from "./goflags.ts";
import { checkGo111module, checkGoauth, checkGovcs } from "./other-variables.ts";
import { checkBlankValues } from "./blank-values.ts";
import { checkVariableNames } from "./variable-names.ts";

/** Every form of every secret in the settings and the go env file, to scrub from messages. */
function secretsIn(env: CheckEnv, ctx: CheckContext): string[] {
  const secrets = new Set<string>();
  for (const val of [...Object.values(env), ...Object.values(ctx.userEnvFile ?? {})])
    if (typeof val === "string") for (const s of valueSecretForms(val)) secrets.add(s);
  return [...secrets];
}

/** Checks the settings; returns diagnostics in a stable order. Never throws on any string input. */
export function checkSettings(env: CheckEnv, ctx: CheckContext): Diagnostic[] {
  const v = ctx.goVersion;
  const c: Findings = { v, ver: `${v.major}.${v.minor}`, out: [] };
  const settings = goSettingsFromEnv(env, v, ctx.userEnvFile);
  checkGoproxy(env, ctx, c, settings);
  checkGosumdb(env, ctx, c, settings);
  checkPatterns(env, c);
  checkRequirements(env, ctx, c, settings);
  checkGotoolchain(env, c, settings);
  checkGoflags(env, c);
  checkGoauth(env, c);
  checkGovcs(env, c);
  checkGo111module(env, c);
  checkBlankValues(env, c);
  checkVariableNames(env, ctx, c);
  // Short ones are only ever shown redacted; scrubbing them would garble text.
  const scrub = secretScrubber(secretsIn(env, ctx), { minLength: 4 });
  return c.out.map((d) => {
    const clean: Diagnostic = { ...d, message: scrub(d.message) };
    if (d.value !== undefined) clean.value = scrub(printable(d.value));
    if (d.goError !== undefined) clean.goError = scrub(d.goError);
    return clean;
  });
}
