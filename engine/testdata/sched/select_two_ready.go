// Both channels are ready before the select runs, so select may take either
// case (Go picks uniformly at random among ready cases).
//
// output: "picked a\nleft: b\n"
// output: "picked b\nleft: a\n"
// expect-all
package main

import "fmt"

func main() {
	a := make(chan string, 1)
	b := make(chan string, 1)
	a <- "a"
	b <- "b"
	select {
	case v := <-a:
		fmt.Println("picked", v)
		fmt.Println("left:", <-b)
	case v := <-b:
		fmt.Println("picked", v)
		fmt.Println("left:", <-a)
	}
}
