// A goroutine panics with a value of a named integer type; Go prints the
// type name and the value. Main is blocked in a select meanwhile.
package main

import "fmt"

type statusCode int

func handle(code statusCode, results chan<- string) {
	if code >= 500 {
		panic(code)
	}
	results <- fmt.Sprint("handled ", int(code))
}

func main() {
	results := make(chan string)
	go handle(200, results)
	fmt.Println(<-results)
	go handle(503, results)
	select {
	case r := <-results:
		fmt.Println(r)
	}
}
