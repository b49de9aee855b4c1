// An empty select blocks forever; once no other goroutine can make
// progress the runtime reports a deadlock.
package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() {
		fmt.Println("worker finished")
		done <- true
	}()
	<-done
	select {}
}
