package main

import "fmt"

type State struct {
	Name  string
	Steps int
}

func (s State) String() string { return fmt.Sprintf("State<%s after %d steps>", s.Name, s.Steps) }

func machine(steps int) {
	s := State{"start", 0}
	for i := 0; i < steps; i++ {
		s.Steps++
		if s.Steps > 3 {
			s.Name = "overflow"
			panic(s)
		}
	}
	fmt.Println(s)
}

func main() {
	machine(2)
	machine(10)
}
