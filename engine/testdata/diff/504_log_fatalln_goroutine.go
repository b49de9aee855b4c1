package main

import (
	"fmt"
	"log"
	"sync"
)

func main() {
	log.SetPrefix("worker: ")
	log.SetFlags(0)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer fmt.Println("deferred in the goroutine: not printed")
		fmt.Println("working")
		log.Fatalln("disk", "full", 99)
	}()
	wg.Wait()
	fmt.Println("main goes on: not printed")
}
