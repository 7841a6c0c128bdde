// The variables the go command reads for module downloads, and how to take them from an environment.

export const GO_VARIABLES = [
  "GOPROXY",
  "GOSUMDB",
  "GOPRIVATE",
  "GONOPROXY",
  "GONOSUMDB",
  "GOINSECURE",
  "GOTOOLCHAIN",
  "GOFLAGS",
  "GOAUTH",
  "GOVCS",
  "GOMODCACHE",
  "GOPATH",
  "GOWORK",
  "GO111MODULE",
] as const;

export type GoVariable = (typeof GO_VARIABLES)[number];

/** Go settings as plain data: a variable absent here is unset. */
export type GoEnv = Partial<Record<GoVariable, string>>;

export function goEnvFrom(env: Readonly<Record<string, string | undefined>>): GoEnv {
  const out: GoEnv = {};
  for (const name of GO_VARIABLES) {
    const value = env[name];
    if (value !== undefined) out[name] = value;
  }
  return out;
}
