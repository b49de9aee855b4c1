// len of a buffered channel is a snapshot: a producer fills it concurrently,
// so main may see any fill level.
//
// output: "len: 0\n"
// output: "len: 1\n"
// output: "len: 2\n"
// output: "len: 3\n"
// expect: "len: 0\n"
// expect: "len: 3\n"
package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	go func() {
		for i := 0; i < 3; i++ {
			ch <- i
		}
	}()
	fmt.Println("len:", len(ch))
}
