module example.com/hello

go 1.19

require (
	github.com/goproxy-fixture/config v1.0.0
	github.com/goproxy-fixture/greeting v1.2.0
	github.com/goproxy-fixture/metrics/v2 v2.1.0
)

require github.com/goproxy-fixture/text v0.4.0 // indirect
