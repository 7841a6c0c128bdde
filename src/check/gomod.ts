// Just enough of go.mod and go.work to cross-check the settings with the repository:
// `require` lines (single and blocks, `// indirect`), `replace`, `go`, and go.work `use`.

export interface Requirement {
  path: string;
  version: string;
  indirect: boolean;
  file: string;
  /** 1-based line of the requirement. */
  line: number;
}

export interface Replacement {
  path: string;
  version?: string;
  /** A local directory (`./x`, `../x`, `/x`) or a module path. */
  target: string;
  targetVersion?: string;
  local: boolean;
  line: number;
}

export interface GoMod {
  module?: string;
  go?: string;
  requires: Requirement[];
  replaces: Replacement[];
}

export interface GoWork {
  go?: string;
  uses: { dir: string; line: number }[];
}

/** Splits a line into tokens, honouring "…" and `…` quoting; returns tokens and the comment. */
function tokenize(line: string): { tokens: string[]; comment: string } {
  const tokens: string[] = [];
  let i = 0;
  let comment = "";
  while (i < line.length) {
    const c = line[i]!;
    if (c === " " || c === "\t" || c === "\r") {
      i++;
      continue;
    }
    if (line.startsWith("//", i)) {
      comment = line.slice(i + 2).trim();
      break;
    }
    if (c === '"' || c === "`") {
      let j = i + 1;
      while (j < line.length && line[j] !== c) j += line[j] === "\\" && c === '"' ? 2 : 1;
      const raw = line.slice(i + 1, Math.min(j, line.length));
      tokens.push(c === '"' ? raw.replace(/\\(.)/g, "$1") : raw);
      i = j + 1;
      continue;
    }
    let j = i;
    while (j < line.length && !/[ \t\r]/.test(line[j]!) && !line.startsWith("//", j)) j++;
    tokens.push(line.slice(i, j));
    i = j;
  }
  return { tokens, comment };
}

function isIndirect(comment: string): boolean {
  return comment === "indirect" || comment.startsWith("indirect;");
}

function isLocal(p: string): boolean {
  return (
    p.startsWith("./") ||
    p.startsWith("../") ||
    p.startsWith("/") ||
    p === "." ||
    p === ".." ||
    /^[A-Za-z]:[\\/]/.test(p)
  );
}

/** Parses go.mod text; tolerant of anything it does not need. */
export function parseGoMod(text: string, file = "go.mod"): GoMod {
  const out: GoMod = { requires: [], replaces: [] };
  let block: string | undefined;
  const lines = text.split("\n");
  for (let n = 0; n < lines.length; n++) {
    const { tokens, comment } = tokenize(lines[n]!);
    if (tokens.length === 0) continue;
    let verb: string;
    let args: string[];
    if (block !== undefined) {
      if (tokens[0] === ")") {
        block = undefined;
        continue;
      }
      verb = block;
      args = tokens;
    } else {
      verb = tokens[0]!;
      args = tokens.slice(1);
      if (args.length === 1 && args[0] === "(") {
        block = verb;
        continue;
      }
      if (args[0] === "(") {
        block = verb;
        args = args.slice(1);
        if (args.length === 0) continue;
      }
    }
    const line = n + 1;
    switch (verb) {
      case "module":
        if (args[0]) out.module = args[0];
        break;
      case "go":
        if (args[0]) out.go = args[0];
        break;
      case "require":
        if (args.length >= 2) {
          out.requires.push({
            path: args[0]!,
            version: args[1]!,
            indirect: isIndirect(comment),
            file,
            line,
          });
        }
        break;
      case "replace": {
        const arrow = args.indexOf("=>");
        if (arrow < 1) break;
        const left = args.slice(0, arrow);
        const right = args.slice(arrow + 1);
        if (!right[0]) break;
        const rep: Replacement = {
          path: left[0]!,
          target: right[0],
          local: isLocal(right[0]),
          line,
        };
        if (left[1]) rep.version = left[1];
        if (right[1]) rep.targetVersion = right[1];
        out.replaces.push(rep);
        break;
      }
      default:
        break;
    }
  }
  return out;
}

/** Parses go.work text: `go` and `use` (single and blocks). */
export function parseGoWork(text: string): GoWork {
  const out: GoWork = { uses: [] };
  let block: string | undefined;
  const lines = text.split("\n");
  for (let n = 0; n < lines.length; n++) {
    const { tokens } = tokenize(lines[n]!);
    if (tokens.length === 0) continue;
    if (block !== undefined) {
      if (tokens[0] === ")") block = undefined;
      else if (block === "use") out.uses.push({ dir: tokens[0]!, line: n + 1 });
      continue;
    }
    if (tokens[1] === "(") {
      block = tokens[0];
      continue;
    }
    if (tokens[0] === "go" && tokens[1]) out.go = tokens[1];
    if (tokens[0] === "use" && tokens[1]) out.uses.push({ dir: tokens[1], line: n + 1 });
  }
  return out;
}

/** The requirements that Go will actually download: those not replaced by a local directory. */
export function downloadedRequirements(mod: GoMod): Requirement[] {
  return mod.requires.filter(
    (r) =>
      !mod.replaces.some(
        (p) => p.local && p.path === r.path && (!p.version || p.version === r.version),
      ),
  );
}

/** First path elements of well-known public code hosts and vanity domains. Conservative. */
export const PUBLIC_HOSTS: ReadonlySet<string> = new Set([
  "github.com",
  "gitlab.com",
  "bitbucket.org",
  "golang.org",
  "google.golang.org",
  "gopkg.in",
  "go.uber.org",
  "k8s.io",
  "sigs.k8s.io",
  "cloud.google.com",
  "go.opentelemetry.io",
  "honnef.co",
  "go.etcd.io",
  "go.mongodb.org",
  "gocloud.dev",
  "gotest.tools",
  "gorm.io",
  "go.opencensus.io",
  "mvdan.cc",
  "modernc.org",
  "lukechampine.com",
  "filippo.io",
  "dario.cat",
  "rsc.io",
  "cuelang.org",
  "cel.dev",
  "code.gitea.io",
  "codeberg.org",
  "git.sr.ht",
  "launchpad.net",
  "go.starlark.net",
  "go.temporal.io",
  "go.yaml.in",
  "helm.sh",
  "istio.io",
  "knative.dev",
  "tailscale.com",
  "storj.io",
  "nhooyr.io",
  "inet.af",
  "go4.org",
  "gvisor.dev",
  "buf.build",
  "connectrpc.com",
  "entgo.io",
  "golang.zx2c4.com",
  "howett.net",
  "software.sslmate.com",
  "gonum.org",
  "go.mozilla.org",
  "go.elastic.co",
  "go.step.sm",
  "go.bug.st",
  "go.hein.dev",
  "oras.land",
  "tags.cncf.io",
  "cloud.google.com",
  "contrib.go.opencensus.io",
  "pgregory.net",
  "zombiezen.com",
  "golang.zx2c4.com",
  "dmitri.shuralyov.com",
  "bazil.org",
  "layeh.com",
  "aead.dev",
  "maze.io",
  "src.elv.sh",
  "gioui.org",
  "fyne.io",
  "nullprogram.com",
]);

export function isPublicHost(host: string): boolean {
  return PUBLIC_HOSTS.has(host);
}
