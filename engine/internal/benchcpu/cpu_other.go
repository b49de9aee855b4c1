//go:build !unix

// cpu_other.go: no CPU time where getrusage is missing (js/wasm).

package benchcpu

func cpuTime() (ns int64, ok bool) { return 0, false }
