package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "hello"
	fmt.Println(s.ToUpper())
	fmt.Println(strings.toUpper(s))
	fmt.Println(len(5))
	var p *int
	p.x = 1
}
