package main

import (
	"fmt"
	"time"
)

type Step struct {
	Name string
	Took time.Duration
}

func main() {
	fmt.Println(1500*time.Millisecond, 90*time.Second, 36*time.Hour+15*time.Minute)
	fmt.Println(time.Duration(0), time.Nanosecond, 1500*time.Microsecond, time.Duration(1<<63-1))
	steps := []Step{{"fetch", 1200 * time.Millisecond}, {"parse", 350 * time.Microsecond}, {"render", 2*time.Minute + 3*time.Second}}
	var total time.Duration
	for _, s := range steps {
		total += s.Took
		fmt.Printf("%-7s %10v %8.3fs %v\n", s.Name, s.Took, s.Took.Seconds(), s.Took.Milliseconds())
	}
	fmt.Println("total", total, total.Minutes(), total.Round(time.Second), total.Truncate(time.Minute))
	d := 1234567 * time.Microsecond
	fmt.Println(d.Round(time.Millisecond), d.Truncate(100*time.Millisecond), d.Hours() < 1, -d)
	fmt.Println(d.String(), time.Duration(-1), d.Abs(), int64(d))
	parsed, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(parsed, err, parsed.Seconds())
	_, err = time.ParseDuration("5 minutes")
	fmt.Println(err)
	fmt.Printf("%d %v %s %T\n", time.Second, time.Second, 2*time.Hour, time.Second)
	timeout := 3 * time.Second
	fmt.Println(timeout/4, timeout%time.Second == 0, timeout > 2500*time.Millisecond)
	fmt.Println(time.March, time.Saturday, time.UTC)
}
