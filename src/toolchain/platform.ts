// The paths a Go installation has on each OS: `go.exe` and backslashes on Windows. The
// platform is a parameter so the Windows rules run (and are tested) on any machine.
import { posix, win32 } from "node:path";

const pathsOf = (platform: string) => (platform === "win32" ? win32 : posix);

/** The go command's file name: "go.exe" on Windows. */
export function goExeName(platform: string = process.platform): string {
  return platform === "win32" ? "go.exe" : "go";
}

/** GOROOT/bin. */
export function goBinDir(goroot: string, platform: string = process.platform): string {
  return pathsOf(platform).join(goroot, "bin");
}

/** GOROOT/bin/go (GOROOT\bin\go.exe on Windows). */
export function goBinary(goroot: string, platform: string = process.platform): string {
  return pathsOf(platform).join(goroot, "bin", goExeName(platform));
}

/** The first GOPATH entry's bin, where `go install` puts commands (setup-go puts it on PATH). */
export function goInstallDir(
  gopath: string | undefined,
  platform: string = process.platform,
): string | undefined {
  const first = (gopath ?? "").split(pathsOf(platform).delimiter).find(Boolean);
  return first ? pathsOf(platform).join(first, "bin") : undefined;
}
