// A panic inside an iter.Pull iterator ends the iterator and goes on in the
// goroutine that called next, where a deferred recover can stop it; after
// that, next reports no more values.
package main

import (
	"fmt"
	"iter"
	"strconv"
)

func parse(lines []string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for _, l := range lines {
			n, err := strconv.Atoi(l)
			if err != nil {
				panic(fmt.Errorf("parse %q: %w", l, err))
			}
			if !yield(n) {
				return
			}
		}
	}
}

func consume(next func() (int, bool), out chan<- string) {
	sum := 0
	defer func() {
		out <- fmt.Sprint("sum=", sum, " recovered=", recover())
	}()
	for {
		n, ok := next()
		if !ok {
			return
		}
		sum += n
	}
}

func main() {
	out := make(chan string)
	next, stop := iter.Pull(parse([]string{"4", "5", "six", "7"}))
	defer stop()
	go consume(next, out)
	fmt.Println(<-out)
	n, ok := next()
	fmt.Println("after the panic:", n, ok)

	next2, stop2 := iter.Pull(parse([]string{"1", "2", "3"}))
	go consume(next2, out)
	fmt.Println(<-out)
	stop2()
}
