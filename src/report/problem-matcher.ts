// The problem matcher the action registers (`::add-matcher::`) so that later steps' compiler
// and vet errors become annotations on the file and line, as with actions/setup-go. The owner
// is "go" so a job that also runs setup-go gets each error once, not twice.

/** `file.go:line:col: message` (go build, go vet; the column is absent in some vet and test lines). */
export const GO_ERROR_PATTERN = String.raw`^\s*(\S+\.go):(\d+):(?:(\d+):)?\s+(.+)$`;

export const GO_PROBLEM_MATCHER = {
  problemMatcher: [
    {
      owner: "go",
      pattern: [{ regexp: GO_ERROR_PATTERN, file: 1, line: 2, column: 3, message: 4 }],
    },
  ],
};
