// A server goroutine owns a map; clients send requests carrying their own
// reply channel. Share memory by communicating.
package main

import "fmt"

type request struct {
	key   string
	delta int
	reply chan int
}

func server(reqs <-chan request) {
	counts := map[string]int{}
	for r := range reqs {
		counts[r.key] += r.delta
		r.reply <- counts[r.key]
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	call := func(key string, delta int) int {
		reply := make(chan int)
		reqs <- request{key, delta, reply}
		return <-reply
	}
	fmt.Println("apples", call("apples", 3))
	fmt.Println("pears", call("pears", 1))
	fmt.Println("apples", call("apples", 4))
	fmt.Println("apples", call("apples", -2))
	fmt.Println("pears", call("pears", 10))
	close(reqs)
}
