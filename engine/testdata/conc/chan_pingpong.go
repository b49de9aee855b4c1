// Ping-pong: two goroutines hand a ball back and forth; each prints only
// while it holds the ball, so the output is fixed.
package main

import "fmt"

type ball struct{ hits int }

func player(name string, table chan *ball, done chan<- string) {
	for {
		b := <-table
		if b.hits == 6 {
			done <- name
			return
		}
		b.hits++
		fmt.Println(name, "hit", b.hits)
		table <- b
	}
}

func main() {
	table := make(chan *ball)
	done := make(chan string)
	go player("ping", table, done)
	table <- new(ball)
	go player("pong", table, done)
	winner := <-done
	fmt.Println("rally ends, last to receive:", winner)
}
