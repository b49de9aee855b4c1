package main

import (
	"fmt"
	"os"
	"strings"
)

func shout(s string) string {
	return s + "!"
}

func main() {
	words := []string{"hello", "world"}
	for _, w := range words {
		fmt.Println(shout(w))
	}
	fmt.Println(len(words), "words")
}
