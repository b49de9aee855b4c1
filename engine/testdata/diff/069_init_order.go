package main

import "fmt"

var (
	total    = sum(prices...)
	prices   = []int{price("apple", 3), price("pear", 5)}
	discount = computeDiscount()
	greeting string
)

var registry = map[string]int{}

func price(name string, p int) int {
	fmt.Println("init price", name)
	registry[name] = p
	return p
}

func sum(xs ...int) int {
	fmt.Println("init total from", len(xs), "prices")
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func computeDiscount() int {
	fmt.Println("init discount, total is", total)
	return total / 4
}

func init() {
	fmt.Println("first init: total", total, "discount", discount)
	greeting = "hello"
}

func init() {
	fmt.Println("second init: greeting", greeting)
	registry["kiwi"] = 7
}

func main() {
	fmt.Println("main:", total, discount, greeting, registry)
}
