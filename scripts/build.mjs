// Bundles each entry point with ncc into dist/<name>/index.js (committed; the runner runs it).
// Type errors are `npm run typecheck`'s job, so ncc only transpiles.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";

const entries = { main: "src/action/main.ts", post: "src/action/post.ts", cli: "src/cli/main.ts" };
const ncc = "node_modules/@vercel/ncc/dist/ncc/cli.js";
rmSync("dist", { recursive: true, force: true });
for (const [name, entry] of Object.entries(entries)) {
  const args = ["build", entry, "-o", `dist/${name}`, "--license", "licenses.txt", "-q"];
  execFileSync(process.execPath, [ncc, ...args, "--target", "es2023", "--transpile-only"], {
    stdio: "inherit",
  });
}
