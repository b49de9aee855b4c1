// Package benchcpu reports the CPU time a benchmark's loop used, next to
// its wall-clock time.
//
// The development machines are shared: when other processes keep every
// core busy, a benchmark's wall-clock time measures the queue for a core
// as much as the code. The process's CPU time (user and system, all
// threads, the garbage collector's included) does not wait in that queue,
// so the ratio of two benchmarks' cpu-ns/op in one run stays meaningful
// under load. It counts every thread: a native program that hands off
// between threads also pays for the runtime spinning in between.
package benchcpu

import "testing"

// Measure starts measuring; call the function it returns when b's loop is
// done (defer benchcpu.Measure(b)() before the loop). It reports
// cpu-ns/op where the platform tells a process's CPU time.
func Measure(b *testing.B) func() {
	start, ok := cpuTime()
	return func() {
		end, _ := cpuTime()
		if ok && b.N > 0 {
			b.ReportMetric(float64(end-start)/float64(b.N), "cpu-ns/op")
		}
	}
}

// Time returns the process's CPU time so far, in nanoseconds (0 where the
// platform does not tell it), for a benchmark that times parts of its
// loop.
func Time() int64 {
	ns, _ := cpuTime()
	return ns
}
