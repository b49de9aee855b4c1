// A struct's result channel is never made: the worker blocks forever
// sending on the nil channel and main blocks receiving from it.
package main

import "fmt"

type job struct {
	id     int
	result chan int // bug: never initialised
}

func (j *job) run() {
	fmt.Println("job", j.id, "computing")
	j.result <- j.id * j.id
}

func main() {
	j := &job{id: 7}
	go j.run()
	fmt.Println("result:", <-j.result)
}
