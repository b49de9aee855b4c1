// runtime.Caller gives a helper its caller's line (how test helpers and
// loggers report where), and runtime.Stack a goroutine's own traceback.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

func check(cond bool, msg string) {
	if cond {
		return
	}
	_, _, line, ok := runtime.Caller(1)
	fmt.Printf("check failed at line %d (%v): %s\n", line, ok, msg)
}

func worker(done chan<- string) {
	buf := make([]byte, 1024)
	n := runtime.Stack(buf, false)
	lines := strings.Split(string(buf[:n]), "\n")
	done <- fmt.Sprintf("%s | %s | created by main: %v",
		strings.Fields(lines[0])[2], lines[1][:strings.Index(lines[1], "(")], strings.Contains(string(buf[:n]), "created by main.main"))
}

func main() {
	check(1+1 == 2, "arithmetic")
	check(len("go") == 3, "length of go")
	func() {
		check(false, "inside a closure")
	}()
	_, _, _, ok := runtime.Caller(50)
	fmt.Println("caller 50 frames up:", ok)
	done := make(chan string)
	go worker(done)
	fmt.Println(<-done)
}
