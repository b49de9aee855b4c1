package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	defer fmt.Println("deferred should not run")
	s := strings.Map(func(r rune) rune {
		if r == 'x' {
			fmt.Println("bad rune, exiting")
			os.Exit(4)
		}
		return r
	}, "abxc")
	fmt.Println(s)
}
