package main

import "fmt"

func main() {
	nums := []int{1, 2, 3}
	for i, n := range nums {
		fmt.Println(n)
	}
	var unused int
	s := "abc"
	s[0] = 'x'
	var p *int = &nums
	const c = 10
	c = 11
	fmt.Println(len(5), nil == nil, s+1)
	go fmt.Println()
	var ch chan<- int
	<-ch
	type T struct{ T }
}
