// Every case of a select is ready at once; Go picks among them at random,
// so the program collects what it received and prints it sorted.
package main

import (
	"fmt"
	"slices"
)

func main() {
	a, b, c := make(chan string, 3), make(chan string, 3), make(chan string, 3)
	for i := range 3 {
		a <- fmt.Sprint("a", i)
		b <- fmt.Sprint("b", i)
		c <- fmt.Sprint("c", i)
	}
	close(c)
	var got []string
	closedSeen := 0
	for len(got) < 9 || closedSeen == 0 {
		select {
		case v := <-a:
			got = append(got, v)
		case v := <-b:
			got = append(got, v)
		case v, ok := <-c:
			if !ok {
				closedSeen++
				c = nil
				continue
			}
			got = append(got, v)
		}
	}
	slices.Sort(got)
	fmt.Println(got, "closed seen:", closedSeen)
	fmt.Println("per-channel order kept:", slices.IsSorted(got[:3]))
	select {
	case <-a:
		fmt.Println("unexpected")
	default:
		fmt.Println("all drained")
	}
}
