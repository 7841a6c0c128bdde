import { explainText, renderFindingsText } from "../../explain/index.ts";
import { goVersionOption } from "../chain.ts";
import { explainSettings } from "../../pipeline/explain.ts";
import { EXIT, formatOption, readInput, type Command } from "../command.ts";

export const explain: Command = {
  name: "explain",
  summary: "Explain a failed go command's output: the cause and the fix",
  usage: `setup-goproxy explain [--format json|text] [--go-version X.Y] [FILE]

Reads FILE (or stdin): what any go command printed when a download failed — stderr of
go build / get / mod tidy / mod download, with or without -x, the Error fields of
-json, from Go 1.13 to 1.26, with CI prefixes on the lines — and prints one finding per
failure: the module and version, the origin (proxy, checksum database, direct, egress
proxy), a category, the cause in one sentence and the fix, judged with the Go settings of
the environment. Categories: config, offline, network, tls, egress-proxy, auth,
not-found, sumdb, checksum-mismatch, protocol, direct, toolchain.

JSON: {"findings":[{"category","rule","module","version","origin","cause","fix"}]}

Exit: 0 printed (even with no finding); 2 bad usage or unreadable input.`,
  options: { format: { type: "string" }, "go-version": { type: "string" } },
  async run(values, positionals, io) {
    const format = formatOption(values);
    const text = await readInput(positionals[0], io);
    const v = goVersionOption(values["go-version"]);
    const findings = explainText(text, explainSettings(io.env, io.env, `${v.major}.${v.minor}`));
    io.stdout.write(
      format === "json"
        ? JSON.stringify({ findings }, null, 2) + "\n"
        : renderFindingsText(findings),
    );
    return EXIT.ok;
  },
};
