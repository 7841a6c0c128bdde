// Bundles each entry point with ncc into dist/<name>/index.js (committed; the runner runs it).
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";

const entries = { main: "src/action/main.ts", post: "src/action/post.ts", cli: "src/cli/main.ts" };
rmSync("dist", { recursive: true, force: true });
for (const [name, entry] of Object.entries(entries)) {
  execFileSync(
    process.execPath,
    [
      "node_modules/@vercel/ncc/dist/ncc/cli.js",
      "build",
      entry,
      "-o",
      `dist/${name}`,
      "--license",
      "licenses.txt",
      "-q",
      "--target",
      "es2023",
    ],
    { stdio: "inherit" },
  );
}
