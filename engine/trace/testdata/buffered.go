package main

import "fmt"

func main() {
	results := make(chan int, 2)
	go func() {
		for i := 1; i <= 3; i++ {
			results <- i * i
		}
		close(results)
	}()
	for v := range results {
		fmt.Println(v)
	}
}
