package main

import (
	"fmt"
	"strconv"
)

func main() {
	n := strconv.Atoi("3")
	fmt.Println(n)
	a, b := fmt.Sprint(1)
	fmt.Println(a, b)
}
