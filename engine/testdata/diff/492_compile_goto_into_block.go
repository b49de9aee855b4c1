package main

import "fmt"

func main() {
	i := 0
	goto inside
	if i > 0 {
	inside:
		fmt.Println("in")
	}
	for {
		break outer
	}
	continue
unused:
	fmt.Println(i)
}
