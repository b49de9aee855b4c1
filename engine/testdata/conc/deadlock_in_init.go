// An init function waits for a value that only main would send: the program
// deadlocks before main starts, with goroutine 1 inside init.
package main

import "fmt"

var registry = map[string]int{}
var registered = make(chan string)

func register(name string) {
	go func() { registered <- name }()
}

func init() {
	register("alpha")
	register("beta")
	for range 3 { // bug: only two registrations
		name := <-registered
		registry[name] = len(name)
	}
}

func main() {
	fmt.Println("registry:", registry)
}
