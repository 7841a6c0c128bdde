// One toolchain download, proven before anything touches the disk: the zip through the chain,
// its h1: hash (dirhash.HashZip), and the checksum database's signed, tile-proven record for the
// same module version. Shared by installToolchain and the GOMODCACHE pre-warm.
import { hashZip, readZip } from "../sumdb/dirhash.ts";
import { SumdbError } from "../sumdb/errors.ts";
import { ToolchainError } from "./errors.ts";
import { checkModuleZip, type CheckedFile } from "./extract.ts";
import {
  MAX_ZIP_FILE,
  fetchModuleFile,
  lookupVerified,
  sumdbAccess,
  type Attempt,
  type Chain,
  type VerifiedRecord,
} from "./fetch.ts";
import { TOOLCHAIN_MODULE, toolchainModuleVersion } from "./gover.ts";

export interface VerifiedToolchain {
  version: string;
  moduleVersion: string;
  zip: Buffer;
  zipHash: string;
  files: CheckedFile[];
  /** The proxy (or direct target) that served the zip, credentials hidden. */
  origin: string;
  attempts: Attempt[];
  sumdbAttempts: Attempt[];
  record: VerifiedRecord;
}

/** Downloads and verifies go<version> for goos/goarch. Throws ToolchainError; writes nothing. */
export async function fetchVerifiedToolchain(
  chain: Chain,
  version: string,
  goos: string,
  goarch: string,
): Promise<VerifiedToolchain> {
  const moduleVersion = toolchainModuleVersion(version, goos, goarch);
  const what = `${TOOLCHAIN_MODULE}@${moduleVersion}`;
  // Settings that cannot work fail before a byte is downloaded.
  if (chain.gosumdb.kind !== "db") await sumdbAccess(chain);
  let fetched;
  try {
    fetched = await fetchModuleFile(chain, `${moduleVersion}.zip`);
  } catch (err) {
    if (err instanceof ToolchainError && err.kind === "not-found") {
      const e = new ToolchainError(
        "not-found",
        err.rule,
        `download go${version} for ${goos}/${goarch}: toolchain not available (${err.message})`,
      );
      Object.assign(e, { attempts: (err as { attempts?: Attempt[] }).attempts });
      throw e;
    }
    if (err instanceof ToolchainError) {
      const e = new ToolchainError(err.kind, err.rule, `download go${version}: ${err.message}`);
      Object.assign(e, { attempts: (err as { attempts?: Attempt[] }).attempts });
      throw e;
    }
    throw err;
  }
  if (fetched.body.length > MAX_ZIP_FILE) {
    throw new ToolchainError(
      "network",
      "toolchain-proxy-failed",
      `${what}: downloaded zip file too large`,
    );
  }
  const access = await sumdbAccess(chain);
  const record = await lookupVerified(chain, access, TOOLCHAIN_MODULE, moduleVersion);
  let zipHash: string;
  let entries;
  try {
    zipHash = hashZip(fetched.body);
    entries = readZip(fetched.body);
  } catch (err) {
    if (!(err instanceof SumdbError)) throw err;
    throw new ToolchainError(
      "security",
      "toolchain-checksum-mismatch",
      `verifying ${what}: the zip served by ${fetched.origin} is not a valid zip (${err.message}); the checksum database (${access.name}) records ${record.zipHash} for it.\n\nSECURITY ERROR\nThis download does NOT match the one reported by the checksum database. Nothing was installed.`,
    );
  }
  if (zipHash !== record.zipHash) {
    throw new ToolchainError(
      "security",
      "toolchain-checksum-mismatch",
      `verifying ${what}: checksum mismatch\n\tdownloaded: ${zipHash}\n\t${access.name}: ${record.zipHash}\n\nSECURITY ERROR\nThis download does NOT match the one reported by the checksum database. The bits may have been replaced on ${fetched.origin}, or an attacker may have intercepted the download. Nothing was installed.`,
    );
  }
  const files = checkModuleZip(entries, `${what}/`);
  return {
    version,
    moduleVersion,
    zip: fetched.body,
    zipHash,
    files,
    origin: fetched.origin,
    attempts: fetched.attempts,
    sumdbAttempts: access.attempts,
    record,
  };
}
