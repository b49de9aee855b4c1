// Package sandbox implements, for the interpreter, the functions of the
// sandbox standard library: one file per package (fmt.go, strings.go,
// sync.go, ...). Each file registers its natives with interp.Register in an
// init function; engine imports this package for those side effects.
//
// Pure computations call the host's real implementation where that is
// exact (strconv, math, strings); whatever Go makes observable through the
// scheduler (sync, channels, time, output) goes through the interpreter.
//
// # Readers and writers
//
// bufio, io and the Reader types of strings and bytes are ports of Go's
// own code. They call the program's io.Reader and io.Writer values through
// iocall.go, which also reads and writes the library's own types
// (*strings.Reader, *bytes.Buffer, *os.File, *io.PipeReader, ...) directly
// on the host. io.Pipe (pipe.go) blocks on the scheduler with Go's wait
// reasons; iocall.go explains how a native that another native called
// parks.
//
// # The process
//
// A program sees the standard input engine.Options.Stdin gives it (empty
// in the playground), an empty environment, an in-memory file system
// holding only /, /tmp and its working directory /tmp/sandbox (osfs.go),
// and fixed process values (os.go: pid 2, uid 0, host "playground"), so
// every run is the same.
//
// # What is missing
//
// coverage_test.go lists every exported function and method of the
// sandbox packages without a native, with the reason; calling one stops
// the run with "X is not supported in the playground yet".
package sandbox
