// Text we did not write (go's stderr, which quotes proxy bodies and module paths; keys the
// cache service hands back) reaches the log only inside a one-time
// `::stop-commands::<token>` … `::<token>::` block. The runner splits lines at \r as well as
// \n, trims leading white space and honours `##[name]` anywhere in a line; inside the block
// it reads no command at all, whatever the text holds, and the token cannot be guessed.
import { randomBytes } from "node:crypto";

type Write = (text: string) => void;

const stdoutWrite: Write = (text) => void process.stdout.write(text);

/** `text` wrapped so the runner prints it and parses nothing in it. */
export function neutralised(text: string): string {
  const token = randomBytes(16).toString("hex");
  const body = text.endsWith("\n") ? text : `${text}\n`;
  return `::stop-commands::${token}\n${body}::${token}::\n`;
}

/** Prints untrusted lines now, in one block. */
export function echoUntrusted(text: string, write: Write = stdoutWrite): void {
  write(neutralised(text));
}

export interface UntrustedEcho {
  line(text: string): void;
  /** Prints what is pending; call before the action prints its own commands. */
  flush(): void;
}

/**
 * For a stream of lines (go's stderr during the pre-warm): lines are gathered and printed
 * in one block at most every `intervalMs`, so the log is not three lines per line.
 */
export function untrustedEcho(intervalMs = 200, write: Write = stdoutWrite): UntrustedEcho {
  let pending: string[] = [];
  let pendingChars = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (!pending.length) return;
    const text = pending.join("\n");
    pending = [];
    pendingChars = 0;
    write(neutralised(text));
  };
  return {
    line(text) {
      pending.push(text);
      pendingChars += text.length;
      if (pendingChars > 1 << 16) flush();
      else timer ??= setTimeout(flush, intervalMs);
    },
    flush,
  };
}
