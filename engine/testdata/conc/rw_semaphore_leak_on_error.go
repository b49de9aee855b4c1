// A channel used as a semaphore: a worker that fails returns before it
// releases its slot, and after two failures no slot is left; the next
// acquire blocks forever.
package main

import (
	"errors"
	"fmt"
)

func process(id int, sem chan struct{}) error {
	sem <- struct{}{} // acquire
	if id%3 == 0 {
		return errors.New("bad item") // BUG: the slot is never released
	}
	<-sem // release
	return nil
}

func main() {
	sem := make(chan struct{}, 2)
	for id := 1; id <= 10; id++ {
		if err := process(id, sem); err != nil {
			fmt.Printf("item %d: %v (slots in use: %d)\n", id, err, len(sem))
			continue
		}
		fmt.Println("item", id, "ok")
	}
}
