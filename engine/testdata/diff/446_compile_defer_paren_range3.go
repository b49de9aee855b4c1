package main

import (
	"fmt"
	"slices"
)

func main() {
	defer recover
	defer slices.Sort
	x := 5
	go x
	var unused int
	for a, b, c, d := range "str" {
		fmt.Println(a, b, c)
	}
	defer (fmt.Println)
	go func(n int) { fmt.Println(n, undefinedVar) }
}
