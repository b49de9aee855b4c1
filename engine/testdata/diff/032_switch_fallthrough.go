package main

import "fmt"

type State int

const (
	Idle State = iota
	Running
	Paused
	Stopped
)

func (s State) String() string {
	return [...]string{"Idle", "Running", "Paused", "Stopped"}[s]
}

func next(s State, ev string) (State, error) {
	switch s {
	case Idle:
		if ev == "start" {
			return Running, nil
		}
	case Running:
		switch ev {
		case "pause":
			return Paused, nil
		case "stop":
			return Stopped, nil
		}
	case Paused:
		switch ev {
		case "resume", "start":
			return Running, nil
		case "stop":
			return Stopped, nil
		}
	}
	return s, fmt.Errorf("invalid event %q in state %v", ev, s)
}

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func main() {
	s := Idle
	for _, ev := range []string{"start", "pause", "start", "pause", "stop", "start"} {
		ns, err := next(s, ev)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%v --%s--> %v\n", s, ev, ns)
		s = ns
	}
	for _, sc := range []int{95, 85, 72, 10} {
		fmt.Print(grade(sc), " ")
	}
	fmt.Println()
	for n := 0; n < 4; n++ {
		fmt.Print(n, ":")
		switch n {
		case 0:
			fmt.Print(" zero")
			fallthrough
		case 1:
			fmt.Print(" small")
			fallthrough
		case 2:
			fmt.Print(" under-three")
		default:
			fmt.Print(" big")
		}
		fmt.Println()
	}
	switch x := 5; {
	case x > 3:
		fmt.Println("x > 3")
		if x == 5 {
			break
		}
		fmt.Println("unreachable")
	}
}
