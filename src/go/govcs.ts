// GOVCS (Go 1.16+), as cmd/go/internal/vcs parseGOVCS reads it.
import { goQuote } from "./gourl.ts";
import { goTrimSpace } from "./proxy-list.ts";

export interface GovcsRule {
  pattern: string;
  allowed: string[];
}

export interface GovcsResult {
  rules: GovcsRule[];
  error?: string;
}

export function parseGovcs(value: string): GovcsResult {
  const s = goTrimSpace(value);
  if (s === "") return { rules: [] };
  const rules: GovcsRule[] = [];
  const have = new Map<string, string>();
  for (const raw of s.split(",")) {
    const item = goTrimSpace(raw);
    if (item === "") return { rules, error: "empty entry in GOVCS" };
    const colon = item.indexOf(":");
    if (colon < 0)
      return { rules, error: `malformed entry in GOVCS (missing colon): ${goQuote(item)}` };
    const pattern = goTrimSpace(item.slice(0, colon));
    const list = goTrimSpace(item.slice(colon + 1));
    if (pattern === "") return { rules, error: `empty pattern in GOVCS: ${goQuote(item)}` };
    if (list === "") return { rules, error: `empty VCS list in GOVCS: ${goQuote(item)}` };
    if (
      pattern.startsWith("./") ||
      pattern.startsWith("../") ||
      pattern === "." ||
      pattern === ".."
    ) {
      return { rules, error: `relative pattern not allowed in GOVCS: ${goQuote(pattern)}` };
    }
    const old = have.get(pattern);
    if (old !== undefined) {
      return {
        rules,
        error: `unreachable pattern in GOVCS: ${goQuote(item)} after ${goQuote(old)}`,
      };
    }
    have.set(pattern, item);
    const allowed = list.split("|").map(goTrimSpace);
    if (allowed.some((a) => a === ""))
      return { rules, error: `empty VCS name in GOVCS: ${goQuote(item)}` };
    rules.push({ pattern, allowed });
  }
  return { rules };
}
