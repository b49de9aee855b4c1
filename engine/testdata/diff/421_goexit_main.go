package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer fmt.Println("deferred before Goexit")
	fmt.Println("start")
	runtime.Goexit()
}
