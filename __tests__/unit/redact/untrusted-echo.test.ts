// Untrusted text in the log: the runner emulator reads commands the way actions/runner does
// (\r line ends, leading white space, `##[name]` anywhere, any case, stop-commands), and
// nothing printed through the untrusted echo, nor any annotation message, forges a command.
import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import * as core from "@actions/core";
import { parseWorkflowCommands } from "../../support/runner.ts";
import { echoUntrusted, neutralised, untrustedEcho } from "../../../src/redact/untrusted-echo.ts";

/** What go or a proxy may print: every way the runner would read a command out of a line. */
const FORGED = [
  "::error::forged error",
  "  \t::warning file=x.go,line=1::forged warning",
  "verifying example.com/m@v1: 404 Not Found\r::add-mask::forged-mask",
  "reading body: ##[error]forged legacy error",
  "module path example.com/##[add-mask]forged-legacy-mask",
  "\r::set-output name=forged::value",
  "::ERROR::upper-case error",
  "::stop-commands::attacker\n::error::after a stop the attacker opened\n::attacker::\n::error::after the attacker resumed",
  "::add-path::/tmp/evil",
  "::save-state name=x::y",
];

/** Escapes a message could smuggle into a command's data if it were not escaped again. */
const ESCAPES = ["%0A::error::escaped newline", "x%0D%0A::add-mask::m", "%25%30A##[error]e"];

function capture(fn: () => void): string {
  let out = "";
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    out += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
    return true;
  }) as typeof process.stdout.write;
  try {
    fn();
  } finally {
    process.stdout.write = write;
  }
  return out;
}

describe("runner emulator reads commands as actions/runner does", () => {
  test("each forged line is a command when printed raw (so the tests below can fail)", () => {
    for (const text of FORGED) {
      const cmds = parseWorkflowCommands(text + "\n");
      assert.ok(cmds.length >= 1, `raw ${JSON.stringify(text)} parses as a command`);
    }
  });
  test("\\r ends a line; leading white space is trimmed; names match in any case", () => {
    const cmds = parseWorkflowCommands("progress\r  ::Warning title=t::w\r\n##[add-mask]m\n");
    assert.deepEqual(
      cmds.map((c) => [c.command, c.message]),
      [
        ["warning", "w"],
        ["add-mask", "m"],
      ],
    );
    assert.equal(cmds[0]!.properties.title, "t");
  });
  test("legacy ##[ form anywhere in a line, with ; properties and its escapes", () => {
    const [c] = parseWorkflowCommands("prefix ##[error file=a%3Bb;line=3]x%5Dy\n");
    assert.deepEqual(c, {
      command: "error",
      properties: { file: "a;b", line: "3" },
      message: "x]y",
    });
  });
  test("unregistered names are plain text", () => {
    assert.deepEqual(parseWorkflowCommands("::nope::x\n##[nope]y\n::go: downloading\n"), []);
  });
  test("stop-commands: nothing is a command until the token, which may come as ##[token]", () => {
    const cmds = parseWorkflowCommands(
      "::stop-commands::Tok1\n::error::no\n##[warning]no\n  ##[TOK1]\n::error::yes\n",
    );
    assert.deepEqual(
      cmds.map((c) => c.message),
      ["yes"],
    );
  });
});

describe("untrusted text never becomes a command", () => {
  test("echoUntrusted: every forged line is printed and none is read as a command", () => {
    for (const text of FORGED) {
      const out = capture(() => echoUntrusted(text));
      assert.ok(out.includes(text), "the text is printed as is");
      assert.deepEqual(parseWorkflowCommands(out), [], JSON.stringify(text));
    }
  });
  test("a fresh token each time; our own command right after the block still works", () => {
    const a = neutralised("x");
    const b = neutralised("x");
    assert.notEqual(a, b);
    const cmds = parseWorkflowCommands(neutralised(FORGED.join("\n")) + "::warning::ours\n");
    assert.deepEqual(
      cmds.map((c) => [c.command, c.message]),
      [["warning", "ours"]],
    );
  });
  test("streamed lines are printed in batches, in order, and flush() empties the buffer", async () => {
    const writes: string[] = [];
    const echo = untrustedEcho(20, (t) => writes.push(t));
    for (const text of FORGED) echo.line(text);
    assert.equal(writes.length, 0, "batched, not one write per line");
    await new Promise((r) => setTimeout(r, 60));
    assert.equal(writes.length, 1);
    echo.line("last ::error::x");
    echo.flush();
    assert.equal(writes.length, 2);
    const all = writes.join("");
    assert.deepEqual(parseWorkflowCommands(all), []);
    assert.ok(all.indexOf(FORGED[0]!) < all.indexOf("last ::error::x"));
  });
  test("a large burst is flushed without waiting for the timer", () => {
    const writes: string[] = [];
    const echo = untrustedEcho(60_000, (t) => writes.push(t));
    for (let i = 0; i < 2000; i++) echo.line(`go: downloading example.com/m${i} v1.0.0 ::error::x`);
    assert.ok(writes.length >= 1);
    echo.flush();
    assert.deepEqual(parseWorkflowCommands(writes.join("")), []);
  });
  test("annotations quoting untrusted text: one annotation, message intact, nothing else", () => {
    for (const text of [...FORGED, ...ESCAPES]) {
      for (const emit of [core.warning, core.error, core.notice]) {
        const cmds = parseWorkflowCommands(
          capture(() => emit(text, { title: "t ::error:: ##[x]" })),
        );
        assert.equal(cmds.length, 1, JSON.stringify(text));
        assert.equal(cmds[0]!.message, text);
        assert.equal(cmds[0]!.properties.title, "t ::error:: ##[x]");
      }
    }
  });
});
