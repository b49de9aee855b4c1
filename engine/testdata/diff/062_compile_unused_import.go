package main

import (
	"fmt"
	"os"
	"strings"
)

func shout(s string) string {
	return s + "!"
}

// main prints each word shouted, then the count.
func main() {
	words := []string{"hello", "world"}
	for _, w := range words {
		fmt.Println(shout(w))
	}
	fmt.Println(len(words), "words")
}
