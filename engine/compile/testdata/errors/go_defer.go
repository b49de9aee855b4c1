package main

import "fmt"

func main() {
	go fmt.Println
	defer 1
	ch := make(chan int)
	go func() { ch <- 1 }
}
