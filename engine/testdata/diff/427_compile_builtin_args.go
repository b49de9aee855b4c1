package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	s.Append(4)
	fmt.Println(len(s), cap(s, 1))
	t := append(s)
	u := append(1, 2)
	copy(s)
	delete(s, 0)
	fmt.Println(t, u)
	var x interface{} = 5
	fmt.Println(x + 1)
	str := "abc"
	for i, c := range str {
		c = 'x'
	}
}
