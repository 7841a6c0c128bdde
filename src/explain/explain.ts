// From Go's error text to findings: the category, the cause in one sentence and the fix,
// using the settings in force. Pure functions; never throws, never echoes a secret.
import { redactText, settingSecrets } from "../redact/redact.ts";
import { explainRule } from "./catalogue.ts";
import type { Category, ExplainSettings, Finding } from "./types.ts";
import { splitUnits, stripLine } from "./text.ts";
import { buildCtx, type Ctx, type Matcher } from "./context.ts";
import { MATCHERS_SETTINGS } from "./matchers-settings.ts";
import { MATCHERS_TRANSPORT } from "./matchers-transport.ts";
import { MATCHERS_ANSWERS } from "./matchers-answers.ts";

/** Every rule, in precedence order: the first whose `when` holds explains the message. */
const MATCHERS: readonly Matcher[] = [
  ...MATCHERS_SETTINGS,
  ...MATCHERS_TRANSPORT,
  ...MATCHERS_ANSWERS,
];

/** The category a rule puts a finding in. */
function categoryOf(id: string): Category {
  return explainRule(id).category;
}

function finish(
  c: Ctx,
  id: string,
  cause: string,
  fix: string,
  secrets: string[],
  category?: Category,
): Finding {
  const clean = (s: string) => redactText(s, secrets);
  const f: Finding = {
    category: category ?? categoryOf(id),
    rule: id,
    cause: clean(cause),
    fix: clean(fix),
  };
  if (c.module) f.module = clean(c.module);
  if (c.version) f.version = clean(c.version);
  if (c.origin) f.origin = clean(c.origin);
  return f;
}

function secretsOf(settings: ExplainSettings): string[] {
  const sum = settings.GOSUMDB?.split(/\s+/)[1];
  return settingSecrets([settings.GOPROXY, settings.HTTPS_PROXY, settings.HTTP_PROXY, sum]);
}

function classify(
  message: string,
  settings: ExplainSettings,
  secrets: string[],
): Finding | undefined {
  const c = buildCtx(message, settings);
  for (const m of MATCHERS) {
    let hit: boolean;
    try {
      hit = m.when(c);
    } catch {
      hit = false;
    }
    if (hit) return finish(c, m.id, m.cause(c), m.fix(c), secrets, m.category?.(c));
  }
  return undefined;
}

function safeSettings(settings: unknown): ExplainSettings {
  if (!settings || typeof settings !== "object") return {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(settings as Record<string, unknown>)) {
    if (typeof v === "string") out[k] = v;
  }
  return out as ExplainSettings;
}

/**
 * Explains one `Error` field of `go mod download -json`. Always returns a finding: one the
 * explainer does not recognise gets rule `explain-unrecognized`, its category guessed from
 * the origin (a proxy → protocol, the database → sumdb, otherwise direct).
 */
export function explainModuleError(error: string, settings: ExplainSettings): Finding {
  const s = safeSettings(settings);
  const secrets = secretsOf(s);
  const text = String(error ?? "")
    .slice(0, 1 << 20)
    .split("\n")
    .map(stripLine)
    .join("\n")
    .trim();
  try {
    const found = classify(text, s, secrets);
    if (found) return found;
    const c = buildCtx(text, s);
    const category: Category =
      c.originKind === "sumdb"
        ? "sumdb"
        : c.originKind === "proxy"
          ? "protocol"
          : c.originKind === "egress"
            ? "egress-proxy"
            : c.originKind === "off"
              ? "offline"
              : "direct";
    const first = text.split("\n")[0]!.slice(0, 300);
    return finish(
      c,
      "explain-unrecognized",
      `Go reported an error the explainer does not recognise: ${first || "(empty)"}.`,
      "Read Go's full message; run the command again with -x to see each request and its answer.",
      secrets,
      category,
    );
  } catch {
    return {
      category: "direct",
      rule: "explain-unrecognized",
      cause: "Go reported an error the explainer could not read.",
      fix: "Read Go's full message; run the command again with -x to see each request and its answer.",
    };
  }
}

/**
 * Explains pasted text: stderr of any go command (with or without -x, CI prefixes on lines)
 * or a -json Error. One finding per distinct failure, in order of appearance.
 */
export function explainText(text: string, settings: ExplainSettings): Finding[] {
  const s = safeSettings(settings);
  const secrets = secretsOf(s);
  let units;
  try {
    units = splitUnits(String(text ?? ""));
  } catch {
    return [];
  }
  const findings: Finding[] = [];
  const take = (trace: boolean) => {
    for (const u of units) {
      if (u.trace !== trace) continue;
      const msg = trace ? u.text.replace(/^# get (\S+): /, 'Get "$1": ') : u.text;
      let f: Finding | undefined;
      try {
        f = classify(msg, s, secrets);
      } catch {
        f = undefined;
      }
      if (f) findings.push(f);
      if (findings.length > 500) break;
    }
  };
  take(false);
  if (findings.length === 0) take(true);
  return dedupe(findings);
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of findings) {
    const key = [f.rule, f.module ?? "", f.version ?? "", f.origin ?? ""].join("\u0000");
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  // A finding with no module adds nothing when the same rule already named one.
  return out.filter(
    (f) =>
      f.module !== undefined ||
      !out.some((g) => g !== f && g.rule === f.rule && g.module !== undefined),
  );
}
