// If the function given to OnceFunc panics, every later call panics with
// the same value; recover shows it deterministically.
package main

import (
	"fmt"
	"sync"
)

func main() {
	attempts := 0
	risky := sync.OnceFunc(func() {
		attempts++
		panic("init failed")
	})
	results := make(chan string)
	for i := 0; i < 3; i++ {
		go func() {
			defer func() {
				results <- fmt.Sprint("recovered: ", recover())
			}()
			risky()
		}()
		fmt.Println(<-results)
	}
	fmt.Println("attempts:", attempts)

	var once sync.Once
	func() {
		defer func() { fmt.Println("Once.Do panic:", recover()) }()
		once.Do(func() { panic("boom") })
	}()
	once.Do(func() { fmt.Println("not run: Once counts a panicking call") })
	fmt.Println("done")
}
