// A worker serves a data channel until told to quit on a second channel;
// the quit is only sent after all data was acknowledged.
package main

import "fmt"

func main() {
	data := make(chan int)
	quit := make(chan chan string)
	go func() {
		total := 0
		for {
			select {
			case v := <-data:
				total += v
			case reply := <-quit:
				reply <- fmt.Sprint("worker saw total ", total)
				return
			}
		}
	}()
	for i := 1; i <= 10; i++ {
		data <- i
	}
	reply := make(chan string)
	quit <- reply
	fmt.Println(<-reply)
}
