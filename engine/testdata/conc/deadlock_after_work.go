// Workers finish and exit, then main waits for one more result than there
// are workers: only main is listed in the deadlock report.
package main

import (
	"fmt"
	"sort"
)

func main() {
	results := make(chan int)
	for i := 1; i <= 3; i++ {
		go func() { results <- i * i }()
	}
	var got []int
	for len(got) < 3 {
		got = append(got, <-results)
	}
	sort.Ints(got)
	fmt.Println("got", got)
	fmt.Println("waiting for a fourth")
	got = append(got, <-results)
}
