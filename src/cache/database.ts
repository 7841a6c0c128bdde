// The checksum database as a second witness for restored modules go.sum does not list. An edge:
// it reaches GOSUMDB through the chain Go would use (a proxy that supports the database, else
// the database itself), and every record is proven in the signed tree before it vouches.
//
// Which modules it may vouch for follows cmd/go's useSumDB: nothing when GOSUMDB=off, nothing
// GONOSUMDB (or GOPRIVATE, when GONOSUMDB is unset) matches — except golang.org/toolchain, which
// Go always checks against the database. Any other variable (GONOSUMCHECK, GONOVERIFY) is not
// read by Go and changes nothing here either.
import { matchPrefixPatterns } from "../go/patterns.ts";
import type { GetOutcome } from "../net/http.ts";
import { scrubSecrets } from "../redact/redact.ts";
import type { GoSettings } from "../settings/go-settings.ts";
import {
  lookupVerified,
  openChain,
  sumdbAccess,
  type Chain,
  type Env,
} from "../toolchain/fetch.ts";
import { TOOLCHAIN_MODULE } from "../toolchain/gover.ts";

/** What the database says of one module version: its proven hashes, or why it could not say. */
export type DatabaseVerdict =
  { database: string; zip: string; mod: string | undefined } | { database: string; error: string };

export interface Database {
  /** Undefined when Go would not ask the database about this module (GOSUMDB=off, GONOSUMDB). */
  vouch(path: string, version: string): Promise<DatabaseVerdict> | undefined;
  close(): Promise<void>;
}

type Settings = Pick<GoSettings, "version" | "sumdb" | "gonosumdb">;

/** Whether Go checks every module against the checksum database (no GOSUMDB=off, no GONOSUMDB). Pure. */
export function databaseCoversAll(settings: Settings): boolean {
  return settings.sumdb.kind === "db" && !settings.gonosumdb;
}

/** Whether Go checks path against the checksum database under these settings. Pure. */
export function usesDatabase(settings: Settings, path: string): boolean {
  if (settings.sumdb.kind !== "db") return false;
  if (path === TOOLCHAIN_MODULE || databaseCoversAll(settings)) return true;
  return !matchPrefixPatterns(settings.gonosumdb, path, settings.version);
}

/**
 * A checksum-database client for one verification pass, opened on first use and bounded by
 * timeoutMs in all. An unreachable database, or a record that does not prove, vouches for nothing.
 */
export function openDatabase(opts: {
  /** The environment Go runs with (egress proxy, roots, credentials for the chain). */
  env: Env;
  settings: Settings;
  timeoutMs: number;
}): Database {
  const { settings } = opts;
  const name = settings.sumdb.kind === "db" ? settings.sumdb.name : "off";
  let chain: Promise<Chain> | undefined;
  let access: ReturnType<typeof sumdbAccess> | undefined;
  const tiles = new Map<string, Promise<GetOutcome>>();
  const lookup = async (path: string, version: string): Promise<DatabaseVerdict> => {
    try {
      chain ??= openChain({
        env: opts.env,
        goVersion: settings.version,
        timeoutMs: opts.timeoutMs,
      });
      const c = await chain;
      access ??= sumdbAccess(c);
      const record = await lookupVerified(c, await access, path, version, tiles);
      return { database: record.database, zip: record.zipHash, mod: record.goModHash };
    } catch (err) {
      const c = await chain?.catch(() => undefined);
      const text = (err as Error).message;
      return { database: name, error: c ? scrubSecrets(text, c.http.secrets) : text };
    }
  };
  return {
    vouch: (path, version) => (usesDatabase(settings, path) ? lookup(path, version) : undefined),
    close: async () => {
      if (chain) await (await chain.catch(() => undefined))?.close();
    },
  };
}
