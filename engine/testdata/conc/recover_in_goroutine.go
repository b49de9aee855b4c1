// A goroutine recovers from its own panic and reports the error through a
// channel; the program carries on and exits normally.
package main

import (
	"errors"
	"fmt"
)

func safeDivide(a, b int, out chan<- string) {
	defer func() {
		if r := recover(); r != nil {
			var re interface{ RuntimeError() }
			if err, ok := r.(error); ok && errors.As(err, &re) {
				out <- fmt.Sprintf("%d/%d: runtime error recovered: %v", a, b, err)
				return
			}
			out <- fmt.Sprintf("%d/%d: recovered %v", a, b, r)
		}
	}()
	if a < 0 {
		panic("negative input")
	}
	out <- fmt.Sprintf("%d/%d = %d", a, b, a/b)
}

func main() {
	out := make(chan string)
	for _, p := range [][2]int{{10, 2}, {1, 0}, {-4, 2}, {9, 3}} {
		go safeDivide(p[0], p[1], out)
		fmt.Println(<-out)
	}
}
