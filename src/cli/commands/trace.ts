import { buildLedger } from "../../download/ledger.ts";
import { parseTrace } from "../../download/trace.ts";
import { renderLedgerText } from "../../report/text.ts";
import { chainFromEnv, goVersionOption } from "../chain.ts";
import { EXIT, formatOption, readInput, type Command } from "../command.ts";

export const trace: Command = {
  name: "trace",
  summary: "Parse the stderr of a `go … -x` run and print the ledger of every request",
  usage: `setup-goproxy trace [--format json|text] [--proxy GOPROXY] [--go-version X.Y] [FILE]

Reads FILE (or stdin) — the stderr of any go command run with -x, from any CI log
(timestamp or step prefixes are fine) — and prints which origin served each module
file, per-origin counts and hit rates, and every fallback. The chain is GOPROXY from
the environment (Go's default when unset), or --proxy.

Exit: 0 printed; 2 bad usage or unreadable input.`,
  options: {
    format: { type: "string" },
    proxy: { type: "string" },
    "go-version": { type: "string" },
  },
  async run(values, positionals, io) {
    const format = formatOption(values);
    const text = await readInput(positionals[0], io);
    const chain = chainFromEnv(
      io.env,
      goVersionOption(values["go-version"]),
      values.proxy as string | undefined,
    );
    const ledger = buildLedger(parseTrace(text), chain);
    io.stdout.write(
      format === "json" ? JSON.stringify(ledger, null, 2) + "\n" : renderLedgerText(ledger),
    );
    return EXIT.ok;
  },
};
