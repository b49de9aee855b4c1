package main

import (
	"errors"
	"fmt"
)

type Step func() error

func runAll(steps []Step) {
	for i, s := range steps {
		// A classic bug: panicking with err even when it is nil.
		err := s()
		if i == len(steps)-1 {
			panic(err)
		}
		if err != nil {
			fmt.Println("step", i, "failed:", err)
		}
	}
}

func main() {
	steps := []Step{
		func() error { return nil },
		func() error { return errors.New("disk full") },
		func() error { return nil },
	}
	defer func() {
		r := recover()
		fmt.Printf("recovered %T: %v\n", r, r)
		var pe interface{ RuntimeError() }
		_, isRuntime := r.(interface{ RuntimeError() })
		fmt.Println("runtime error:", isRuntime, pe == nil)
		var err error
		panic(err)
	}()
	runAll(steps)
}
