package main

import "fmt"

type T struct{ x int }

func main() {
	var t T = nil
	var s string = nil
	x := nil
	fmt.Println(t, s, x, T.y)
}
