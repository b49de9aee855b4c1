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
		if ev == "pause" || ev == "stop" {
			return map[string]State{"pause": Paused, "stop": Stopped}[ev], nil
		}
	case Paused:
		switch ev {
		case "resume", "start":
			return Running, nil
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
	for _, ev := range []string{"start", "pause", "start", "pause", "stop", "resume", "stop", "start"} {
		ns, err := next(s, ev)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%v --%s--> %v\n", s, ev, ns)
		s = ns
	}
	fmt.Println(grade(95), grade(85), grade(72), grade(10))
	for n := 0; n < 4; n++ {
		fmt.Print(n, ":") // each case falls into the next until one does not
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
}
