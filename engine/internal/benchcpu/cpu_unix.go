//go:build unix

// cpu_unix.go: the process's CPU time from getrusage.

package benchcpu

import "syscall"

func cpuTime() (ns int64, ok bool) {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0, false
	}
	return ru.Utime.Nano() + ru.Stime.Nano(), true
}
