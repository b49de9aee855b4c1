package main

import (
	"fmt"
	"os"
	"runtime"
	"strings"
)

func where() string {
	_, file, line, ok := runtime.Caller(1)
	return fmt.Sprintf("%v line %d ok=%t", strings.HasSuffix(file, ".go"), line, ok)
}

func helper() string { return where() }

func main() {
	fmt.Println(where())
	fmt.Println(helper())
	_, _, _, ok := runtime.Caller(50)
	fmt.Println(ok, runtime.NumGoroutine(), strings.HasPrefix(runtime.Version(), "go1.2"))
	defer fmt.Println("never printed: os.Exit skips deferred calls")
	func() {
		defer os.Exit(3)
		fmt.Println("leaving")
	}()
}
