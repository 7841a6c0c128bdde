// Command public is the example the GitHub workflow pre-warms through the public proxy.
package main

import (
	"fmt"

	"golang.org/x/mod/semver"
)

func main() {
	fmt.Println(semver.Compare("v1.2.0", "v1.10.0"))
}
