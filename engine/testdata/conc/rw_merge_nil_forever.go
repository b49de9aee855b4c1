// A merge loop sets each input channel to nil once it is closed, but forgets
// to stop when both are nil: the select has no ready case left and blocks
// forever (Go calls it "select (no cases)").
package main

import "fmt"

func produce(name string, n int) <-chan string {
	ch := make(chan string)
	go func() {
		defer close(ch)
		for i := 1; i <= n; i++ {
			ch <- fmt.Sprintf("%s-%d", name, i)
		}
	}()
	return ch
}

func main() {
	a, b := produce("a", 2), produce("b", 3)
	count := 0
	for {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			_ = v
			count++
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			_ = v
			count++
		}
		if count == 5 {
			fmt.Println("received all", count)
		}
		// BUG: missing `if a == nil && b == nil { break }`
	}
}
