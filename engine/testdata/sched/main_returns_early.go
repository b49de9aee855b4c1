// Lesson 1: main does not wait for the goroutine, so the goroutine's line
// may be printed before main's, after it, or not at all.
//
// output: "main done\n"
// output: "hello from a goroutine\nmain done\n"
// output: "main done\nhello from a goroutine\n"
// expect: "main done\n"
// expect: "hello from a goroutine\nmain done\n"
package main

import "fmt"

func greet(name string) {
	fmt.Println("hello from " + name)
}

func main() {
	go greet("a goroutine")
	fmt.Println("main done")
}
