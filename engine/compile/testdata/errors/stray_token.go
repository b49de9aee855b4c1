package main

import "fmt"

func main() {
	x := [3]int{1, 2, 3}
	fmt.Println(x[1:2:])
	y := 1 +
	fmt.Println(y))
}
