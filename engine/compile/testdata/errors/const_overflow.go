package main

import "fmt"

func main() {
	var b byte = 300
	const big = 1 << 70
	fmt.Println(b, big)
	var i int = 1e100
	fmt.Println(i / 0)
}
