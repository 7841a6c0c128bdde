// Rules for what a server answered: protocol violations, HTTP statuses, versions that do
// not exist, and failures of direct version-control fetches. In precedence order.
import { who, whereShort, chainNote, privateAdvice, goproxyShown, whereAtStart } from "./advice.ts";
import { urlHost } from "./text.ts";
import type { Matcher } from "./context.ts";
import { P } from "./patterns.ts";

export const MATCHERS_ANSWERS: Matcher[] = [
  // protocol, before statuses (their text can carry a status too)
  {
    id: "explain-protocol-insecure-redirect",
    when: (c) => P.insecureRedirect.test(c.head),
    cause: (c) => `${whereAtStart(c)} redirected an https request to plain http, which Go refuses.`,
    fix: () => "Configure the proxy (or the storage it redirects to) to redirect to https URLs.",
  },
  {
    id: "explain-protocol-bad-info",
    when: (c) => P.badInfo.test(c.head),
    cause: (c) =>
      `${whereAtStart(c)} answered ${who(c)}'s version information with something that is not the GOPROXY protocol.`,
    fix: (c) =>
      `Check the proxy URL${c.entry ? ` (${c.entry.display})` : ""} — Artifactory, Nexus and Athens need the repository path, and a login page means missing credentials — and the proxy's health.${chainNote(c)}`,
  },
  {
    id: "explain-protocol-bad-zip",
    when: (c) => P.badZip.test(c.head),
    cause: (c) => `The zip ${whereShort(c)} served for ${who(c)} is not a valid module zip.`,
    fix: (c) =>
      `Purge that version from the proxy's storage and retry, or fetch it from another entry.${chainNote(c)}`,
  },
  {
    id: "explain-protocol-bad-gomod",
    when: (c) => P.badGoMod.test(c.head),
    cause: (c) => `The go.mod ${whereShort(c)} served for ${who(c)} is an HTML page, not a go.mod.`,
    fix: () =>
      "Check the proxy URL path and credentials: a login or error page came back with status 200.",
  },
  // HTTP statuses
  {
    id: "explain-direct-go-get",
    // Go's own requests in direct mode: the ?go-get=1 discovery, and before Go 1.18 the
    // hosting-site lookups of which VCS serves a repository.
    when: (c) =>
      c.originKind === "direct" &&
      c.status !== undefined &&
      (/go-get=1/.test(c.url ?? "") || P.vcsHostLookup.test(c.url ?? "")),
    cause: (c) =>
      `${/go-get=1/.test(c.url ?? "") ? "The go-import discovery request" : "The hosting site's lookup of the repository"} for ${who(c)} answered ${c.statusText}.`,
    fix: (c) =>
      `If the module is private, give git and the go command credentials for its host (.netrc), or fetch it through a proxy; check the import path. ${privateAdvice(c)}`,
  },
  {
    id: "explain-proxy-unauthorized",
    when: (c) => c.status === 401,
    cause: (c) =>
      `${whereAtStart(c)} answered 401 Unauthorized for ${who(c)}: it got no credentials it accepts.`,
    fix: (c) => {
      const host = c.url ? urlHost(c.url) : undefined;
      return `Give the proxy credentials: a ~/.netrc line \`machine ${host ?? "<host[:port]>"} login <user> password <token>\` (the port must match), GOAUTH on Go 1.24+, or \`https://user:token@host\` in GOPROXY (https only).${chainNote(c)}`;
    },
  },
  {
    id: "explain-proxy-forbidden",
    when: (c) => c.status === 403,
    cause: (c) =>
      `${whereAtStart(c)} answered 403 Forbidden for ${who(c)}: the credentials were refused or lack permission.`,
    fix: (c) =>
      `Check the proxy user's permissions for that repository and module (Artifactory/Nexus answer 403 for a missing remote or permission), and the token in .netrc/GOAUTH.${chainNote(c)}`,
  },
  {
    id: "explain-proxy-not-found",
    when: (c) => (c.status === 404 || c.status === 410) && c.originKind !== "direct",
    cause: (c) => `${whereAtStart(c)} does not have ${who(c)} (${c.statusText}).`,
    fix: (c) => {
      const privateHint =
        /could not read Username|terminal prompts disabled|Repository not found|authentication|not found: .*(?:unknown revision|invalid version|exit status)|410 Gone/i.test(
          c.response + c.head,
        );
      const pathHint = "Check the module path and version, and that the tag is pushed.";
      return privateHint && c.subject
        ? `If ${c.subject} is private, the public proxy cannot fetch it: ${privateAdvice(c)} ${pathHint}`
        : `${pathHint}${c.chain.length > 1 ? ` It was the last GOPROXY answer (\`${goproxyShown(c)}\`).` : ""}`;
    },
  },
  {
    id: "explain-proxy-server-error",
    when: (c) => c.status !== undefined && (c.status >= 500 || c.status === 429),
    cause: (c) => `${whereAtStart(c)} failed with ${c.statusText} for ${who(c)}.`,
    fix: (c) =>
      `Look at the proxy's logs (Athens/Artifactory often fail fetching upstream, e.g. git credentials inside the proxy), and retry.${chainNote(c)}`,
  },
  {
    id: "explain-protocol-unexpected-status",
    when: (c) => c.status !== undefined && c.originKind === "proxy" && c.status !== 200,
    cause: (c) =>
      `${whereAtStart(c)} answered ${c.statusText}, which is not part of the GOPROXY protocol.`,
    fix: (c) => `Check the proxy URL and its configuration.${chainNote(c)}`,
  },
  // not found, by text
  {
    id: "explain-no-matching-versions",
    // "cannot find module providing package" also wraps a git failure; git's own reason is the finding.
    when: (c) => P.noMatch.test(c.head) && !P.gitAuth.test(c.head),
    cause: (c) => `No module version found provides ${who(c)}.`,
    fix: (c) =>
      `Check the import path and version (and that the tag exists); if ${c.subject ?? "it"} is private: ${privateAdvice(c)}`,
  },
  // direct
  {
    id: "explain-direct-git-auth",
    when: (c) => P.gitAuth.test(c.head),
    cause: (c) =>
      `git could not authenticate to fetch ${who(c)} directly, and the go command disables git's prompts.`,
    fix: (c) => {
      const host = (c.subject ?? "github.com").split("/")[0];
      return `Give git a credential without a prompt, e.g. \`git config --global url."https://x-access-token:\${TOKEN}@${host}/".insteadOf "https://${host}/"\` or a ~/.netrc entry for ${host} (or an SSH key with the matching insteadOf), and mark the module private: ${privateAdvice(c)}`;
    },
  },
  {
    id: "explain-direct-repo-not-found",
    when: (c) => P.repoNotFound.test(c.head),
    cause: (c) =>
      `The repository for ${who(c)} does not exist or is not visible with the credentials git used.`,
    fix: () =>
      "Check the module path; for a private repository make sure git's credentials can read it (hosting sites answer 'not found' without access).",
  },
  {
    id: "explain-direct-vcs-missing",
    when: (c) => P.vcsMissing.test(c.head),
    cause: () => "Direct mode needs a version-control tool that is not installed.",
    fix: () => "Install git (or hg/svn) in the image, or fetch the module through a GOPROXY.",
  },
  {
    id: "explain-direct-unknown-revision",
    when: (c) => P.unknownRev.test(c.head),
    cause: (c) =>
      `The repository of ${c.module ?? c.subject ?? "the module"} has no tag, branch or commit named ${c.version ?? "as requested"}.`,
    fix: () =>
      "Check the version, that the tag is pushed, and that a module in a subdirectory is tagged with its directory prefix (`sub/v1.2.3`); private repositories also need git credentials.",
  },
  {
    id: "explain-direct-go-get",
    when: (c) => P.goGet.test(c.head),
    cause: (c) =>
      `The go command could not find where ${who(c)} lives (the ?go-get=1 discovery failed).`,
    fix: (c) =>
      `Check the import path; a private host must serve go-import metadata to unauthenticated requests or be reached with credentials (.netrc); a bare git host needs the \`.git\` suffix in the path or a GOPROXY. ${privateAdvice(c)}`,
  },
  {
    id: "explain-direct-vcs-failed",
    when: (c) =>
      P.vcsFailed.test(c.head) && (c.originKind === "direct" || c.originKind === undefined),
    cause: (c) => `A version-control command failed while fetching ${who(c)} directly.`,
    fix: () =>
      "Read the tool's own message after the command; check the repository URL, git's credentials and the network, or fetch through a GOPROXY.",
  },
];
