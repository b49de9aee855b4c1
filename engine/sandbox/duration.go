// duration.go: the natives of time.Duration's methods (the rest of package
// time, on the virtual clock, is in time.go).

package sandbox

import "time"

func init() {
	pure("(time.Duration).String", time.Duration.String)
	pure("(time.Duration).Seconds", time.Duration.Seconds)
	pure("(time.Duration).Minutes", time.Duration.Minutes)
	pure("(time.Duration).Hours", time.Duration.Hours)
	pure("(time.Duration).Milliseconds", time.Duration.Milliseconds)
	pure("(time.Duration).Microseconds", time.Duration.Microseconds)
	pure("(time.Duration).Nanoseconds", time.Duration.Nanoseconds)
	pure("(time.Duration).Round", time.Duration.Round)
	pure("(time.Duration).Truncate", time.Duration.Truncate)
	pure("(time.Duration).Abs", time.Duration.Abs)
}
