package main

import "fmt"

func main() {
	var a int = 1
	var b float64 = 2
	fmt.Println(a + b)
	var c int32 = 3
	fmt.Println(a == c)
}
