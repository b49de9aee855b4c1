// What a program learns about where it runs: the platform go run reports
// on our machines (linux/amd64), word sizes, and the goroutine count.
package main

import (
	"fmt"
	"math/bits"
	"runtime"
	"strconv"
)

func main() {
	fmt.Println("platform:", runtime.GOOS+"/"+runtime.GOARCH, runtime.Compiler)
	fmt.Println("word:", bits.UintSize, strconv.IntSize)
	fmt.Println("goroutines:", runtime.NumGoroutine())
	switch runtime.GOOS {
	case "windows":
		fmt.Println("paths use \\")
	default:
		fmt.Println("paths use /")
	}
}
