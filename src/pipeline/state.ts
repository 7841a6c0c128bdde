// Names of what the main step hands to the post step (GITHUB_STATE).
export const STATE = {
  cache: "module-cache",
  credentials: "credentials",
  buildCache: "build-cache",
} as const;
