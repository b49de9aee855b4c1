// Merging two channels in a select; when one is closed it is set to nil,
// which disables its case, and the loop ends when both are nil.
package main

import (
	"fmt"
	"sort"
)

func emit(vals ...int) <-chan int {
	c := make(chan int)
	go func() {
		for _, v := range vals {
			c <- v
		}
		close(c)
	}()
	return c
}

func main() {
	a := emit(1, 3, 5, 7)
	b := emit(2, 4)
	var fromA, fromB []int
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			fromA = append(fromA, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			fromB = append(fromB, v)
		}
	}
	all := append(append([]int{}, fromA...), fromB...)
	sort.Ints(all)
	fmt.Println("from a:", fromA)
	fmt.Println("from b:", fromB)
	fmt.Println("merged:", all)
}
