// .netrc as the go command reads it: which entries count, and which one a request matches.
import { test } from "@jest/globals";
import assert from "node:assert/strict";
import { netrcMatch, parseNetrc } from "../../../src/net/netrc.ts";

test("netrc parsing follows Go: complete entries only, default stops, macdef skipped", () => {
  const entries = parseNetrc(
    [
      "machine a.example login u1 password p1",
      "machine b.example login u2", // incomplete: skipped
      "machine c.example",
      "  login u3",
      "  password p3",
      "macdef init",
      "machine hidden.example login x password y",
      "",
      "machine d.example login u4 password p4",
      "default",
      "  login anon password anon",
      "machine after.example login u5 password p5",
    ].join("\n"),
  );
  assert.deepEqual(
    entries.map((e) => e.machine),
    ["a.example", "c.example", "d.example"],
  );
  // Go's quirk: `default` stops the parse only when it ends a line's key/value pairs; on one
  // line with its login and password it is a no-op and later machines still count.
  const quirk = parseNetrc(
    "default login anon password anon\nmachine after.example login u password p\n",
  );
  assert.deepEqual(
    quirk.map((e) => e.machine),
    ["after.example"],
  );
  // host[:port] exactly; 1.24+ also walks the path.
  const e = parseNetrc(
    "machine 127.0.0.1:8443 login u password p\nmachine h.example/priv login v password q\n",
  );
  assert.equal(netrcMatch(e, "127.0.0.1", "/x", false), undefined);
  assert.equal(netrcMatch(e, "127.0.0.1:8443", "/x", false)?.login, "u");
  assert.equal(netrcMatch(e, "h.example", "/priv/mod/@v/list", false), undefined);
  assert.equal(netrcMatch(e, "h.example", "/priv/mod/@v/list", true)?.login, "v");
});
