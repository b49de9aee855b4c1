package main

import "fmt"

// An exit-code style panic: some programs panic with a bare int status.
func validate(xs []int) {
	for i, x := range xs {
		if x < 0 {
			fmt.Println("negative value at", i)
			panic(i * 10)
		}
	}
}

func main() {
	data := [][]int{{1, 2, 3}, {4, 5}, {6, -7, 8}}
	for n, xs := range data {
		validate(xs)
		fmt.Println("batch", n, "ok")
	}
	fmt.Println("all batches ok")
	defer fmt.Println("deferred in main runs before the report")
	var a any = 3.25
	_ = a
	validate([]int{-1})
}
