// Command hello is the bundled example: a module whose dependencies come through a proxy chain.
package main

import (
	"fmt"

	"github.com/goproxy-fixture/config"
	"github.com/goproxy-fixture/greeting"
	"github.com/goproxy-fixture/metrics/v2"
)

func main() {
	fmt.Println(greeting.Version, config.Version, metrics.Version)
}
