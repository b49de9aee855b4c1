// Three goroutines send their id to a buffered channel; main prints the ids
// in arrival order, which is any permutation.
//
// output: "1 2 3\n"
// output: "1 3 2\n"
// output: "2 1 3\n"
// output: "2 3 1\n"
// output: "3 1 2\n"
// output: "3 2 1\n"
// expect-all
package main

import "fmt"

func main() {
	ids := make(chan int, 3)
	for i := 1; i <= 3; i++ {
		go func() { ids <- i }()
	}
	fmt.Println(<-ids, <-ids, <-ids)
}
