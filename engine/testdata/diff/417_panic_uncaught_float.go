package main

import "fmt"

type Temperature float64

func check(t Temperature) {
	if t > 100 {
		panic(t)
	}
	fmt.Println("ok", t)
}

func main() {
	check(36.6)
	defer fmt.Println("cleanup")
	check(1e21)
}
