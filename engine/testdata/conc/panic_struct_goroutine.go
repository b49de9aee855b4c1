// A worker panics with a plain struct value (not an error, no String
// method): Go prints its type and an address, and the program dies even
// though main was waiting.
package main

import (
	"fmt"
	"sync"
)

type Job struct {
	ID   int
	Name string
}

func run(j Job, wg *sync.WaitGroup) {
	defer wg.Done()
	if j.ID == 0 {
		panic(j)
	}
	fmt.Println("ran", j.Name)
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go run(Job{ID: 0, Name: "bad"}, &wg)
	wg.Wait()
	select {}
}
