package main

import "fmt"

func main() {
	var n int = "five"
	var s string
	s = 3
	fmt.Println(n, s)
}
