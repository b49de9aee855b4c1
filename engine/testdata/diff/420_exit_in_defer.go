package main

import (
	"fmt"
	"os"
)

func cleanup(code *int) {
	if r := recover(); r != nil {
		fmt.Fprintln(os.Stderr, "fatal:", r)
		*code = 3
	}
	fmt.Println("exiting with", *code)
	os.Exit(*code)
}

func main() {
	code := 0
	defer cleanup(&code)
	defer fmt.Println("second defer runs first")
	fmt.Println("working")
	var m map[string][]int
	m["x"] = append(m["x"], 1)
	fmt.Println("unreachable")
}
