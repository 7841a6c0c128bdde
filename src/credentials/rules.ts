// The rules of the `credentials` input (input.ts, setup.ts), in the shape of
// src/check/rules.ts's catalogue, for docs/rules.md. One entry per rule id they emit.
import { defineRule as r, type Rule } from "../core/rule.ts";

export const CREDENTIALS_RULES: readonly Rule[] = [
  r(
    "credentials-malformed-line",
    "error",
    ["credentials"],
    "A line of the `credentials` input is not `<host[:port]> <user> <token>`",
    "The line (named by its number only: it may hold a secret, so it is never shown) does not have exactly three fields separated by spaces or tabs, its host has a scheme (`https://…`), its first field is not a host name, IP literal or `host:port`, or its port is out of range. The line is left out of the .netrc and the git helper; its fields are still masked in logs. Write one `<host[:port]> <user> <token>` per line, the host exactly as in the URL Go requests (no scheme, no path); blank lines and `#` comments are ignored. A token cannot hold white space (the .netrc format has no quoting).",
  ),
  r(
    "credentials-duplicate-host",
    "warning",
    ["credentials"],
    "The same host[:port] is given twice",
    "A later line names a host[:port] an earlier line already gave. Go uses the first .netrc entry for a machine, so the later line is ignored (it is not written). Keep one line per host; `host` and `host:8443` are different entries.",
  ),
  r(
    "credentials-netrc-portless",
    "notice",
    ["credentials"],
    "A port-less .netrc entry was added for Go before 1.21",
    "Go before 1.21 compares the .netrc machine with the request's host name without the port, so for a `host:port` line an entry for the bare host name was added after the exact ones (unless the input already has a line for that name). Those credentials then apply to every port of that host. Nothing to fix; on Go 1.21+ host and port are compared exactly and no extra entry is written.",
  ),
  r(
    "credentials-netrc-merged",
    "notice",
    ["credentials", "NETRC", "HOME"],
    "The existing .netrc was kept after the `credentials` input",
    "NETRC now points at a new private .netrc written from the `credentials` input, and the .netrc Go would have read before ($NETRC, else `$HOME/.netrc`) was copied after those entries into it, so both stay usable. Go uses the first entry for a machine, so the input wins for a host both give. Nothing to fix; the file is removed by the post step.",
  ),
  r(
    "credentials-goauth-ignored",
    "notice",
    ["GOAUTH"],
    "GOAUTH is set but this Go does not read it",
    "GOAUTH exists from Go 1.24. This Go reads the .netrc (the one written from the `credentials` input) whatever GOAUTH says, so the setting has no effect here. Nothing to fix, unless you meant GOAUTH to turn credentials off or to run a command: that needs Go 1.24+.",
  ),
  r(
    "credentials-goauth-off",
    "warning",
    ["GOAUTH", "credentials"],
    "GOAUTH=off: the go command ignores the `credentials` input",
    "On Go 1.24+ GOAUTH=off makes the go command send no credentials at all, so the .netrc written from the `credentials` input is not used for proxies or the checksum database; a private proxy answers 401/403. git, for direct fetches, still uses the credential helper. Unset GOAUTH, or set it to `netrc`.",
  ),
  r(
    "credentials-goauth-without-netrc",
    "warning",
    ["GOAUTH", "credentials"],
    "GOAUTH does not list netrc: the .netrc is not read",
    "On Go 1.24+ GOAUTH is a `;`-separated list of methods, and this one holds only commands or `git <dir>`, not `netrc`, so the go command never reads the .netrc written from the `credentials` input. Add netrc to the list, e.g. `GOAUTH='netrc;<your command>'`.",
  ),
];
