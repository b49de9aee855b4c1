// Receiving from a closed channel never blocks: buffered values come first,
// then the zero value with ok == false, as many times as you ask.
package main

import "fmt"

type point struct{ X, Y int }

func main() {
	ints := make(chan int, 2)
	ints <- 7
	ints <- 8
	close(ints)
	for i := 0; i < 4; i++ {
		v, ok := <-ints
		fmt.Println("int:", v, ok)
	}

	pts := make(chan point)
	close(pts)
	p, ok := <-pts
	fmt.Printf("point: %+v %v\n", p, ok)

	strs := make(chan string)
	go func() { close(strs) }()
	s, ok := <-strs
	fmt.Printf("string: %q %v\n", s, ok)

	ptrs := make(chan *point, 1)
	close(ptrs)
	fmt.Println("pointer:", <-ptrs == nil)
}
