package main

import (
	"fmt"
	"os"
)

func greet(name string) string {
	return 'Hello, ' + name
}

func main() {
	who := "world"
	if len(os.Args) > 1 {
		who = os.Args[1]
	}
	msg := greet(who)
	count := 0
	fmt.Println(msg)
	path := "C:\new\dir"
	fmt.Println(path)
}
