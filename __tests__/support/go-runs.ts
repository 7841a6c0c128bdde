// Many real go commands, as the tests that compare the checker with Go run them: a bounded
// number at once, and no way out of the machine.

/** A loopback port nothing listens on. */
export const CLOSED = "http://127.0.0.1:1";

/**
 * HTTP(S)_PROXY on the closed port: any request past loopback (a direct ?go-get=1 lookup, the
 * public checksum database, a made-up proxy host) is refused without a DNS lookup.
 */
export const CLOSED_NETWORK: Record<string, string> = {
  HTTPS_PROXY: CLOSED,
  HTTP_PROXY: CLOSED,
  https_proxy: CLOSED,
  http_proxy: CLOSED,
  NO_PROXY: "",
  no_proxy: "",
};

/** Runs jobs `width` at a time (the machine has 2 cores); results in the jobs' order. */
export async function pool<T>(jobs: (() => Promise<T>)[], width = 2): Promise<T[]> {
  const out: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      out[i] = await jobs[i]!();
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
  return out;
}
