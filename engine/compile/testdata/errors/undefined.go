package main

import "fmt"

func main() {
	fmt.Println(count)
	fmt.Printn("x")
}
