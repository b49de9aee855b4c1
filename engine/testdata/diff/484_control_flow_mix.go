package main

import (
	"fmt"
	"strings"
)

type State int

const (
	Idle State = iota
	Running
	Paused
	Stopped
)

var names = [...]string{"Idle", "Running", "Paused", "Stopped"}

func (s State) String() string {
	if int(s) < len(names) {
		return names[s]
	}
	return fmt.Sprintf("State(%d)", int(s))
}

func next(s State, ev string) (State, error) {
	switch ev = strings.ToLower(ev); {
	case s == Stopped:
		return s, fmt.Errorf("machine stopped, ignoring %q", ev)
	case ev == "start" && s == Idle, ev == "resume" && s == Paused:
		return Running, nil
	case ev == "pause":
		if s != Running {
			break
		}
		return Paused, nil
	case ev == "stop":
		return Stopped, nil
	}
	return s, fmt.Errorf("%v: bad event %q", s, ev)
}

func classify(n int) (out []string) {
	switch {
	case n < 0:
		out = append(out, "negative")
		fallthrough
	case n == 0:
		out = append(out, "non-positive")
	case n%2 == 0:
		out = append(out, "even")
		fallthrough
	default:
		out = append(out, "checked")
	}
	return
}

func main() {
	s := Idle
	for _, ev := range []string{"START", "pause", "pause", "Resume", "jump", "stop", "start"} {
		ns, err := next(s, ev)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%-7v --%s--> %v\n", s, ev, ns)
		s = ns
	}
	for _, n := range []int{-2, 0, 4, 7} {
		fmt.Println(n, classify(n))
	}
	i := 0
retry:
	i++
	if i < 3 {
		fmt.Println("attempt", i)
		goto retry
	}
	var cleanups []func()
	for i := range 3 {
		defer func() { fmt.Println("deferred cleanup", i) }()
		cleanups = append(cleanups, func() { fmt.Println("cleanup", i*i) })
	}
	for _, c := range cleanups {
		c()
	}
grid:
	for y := 0; y < 3; y++ {
		for x := 0; x < 3; x++ {
			switch {
			case x == y:
				continue
			case x+y == 3:
				break grid
			}
			fmt.Print("(", x, ",", y, ")")
		}
	}
	fmt.Println()
	fmt.Println(State(7), []State{Paused, Stopped})
}
