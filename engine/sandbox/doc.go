// Package sandbox implements, for the interpreter, the functions of the
// sandbox standard library: one file per package (fmt.go, strings.go,
// sync.go, ...). Each file registers its natives with interp.Register in an
// init function; engine imports this package for those side effects.
//
// Pure computations call the host's real implementation where that is
// exact (strconv, math, strings); whatever Go makes observable through the
// scheduler (sync, channels, time, output) goes through the interpreter.
package sandbox
