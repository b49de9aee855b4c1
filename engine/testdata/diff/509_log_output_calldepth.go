package main

import (
	"fmt"
	"log"
	"os"
)

var logger = log.New(os.Stdout, "", log.Lshortfile)

// debugf reports the line of its caller, not its own.
func debugf(format string, args ...any) {
	logger.Output(2, fmt.Sprintf("DEBUG "+format, args...))
}

func wrapped(msg string) {
	// Three frames up: the caller of the caller of wrapped's caller.
	logger.Output(3, msg)
}

func helper(msg string) { wrapped(msg) }

func main() {
	debugf("starting with %d workers", 4)
	logger.Output(1, "depth 1 is this line")
	logger.Output(0, "depth 0 is log.go itself")
	helper("reported at main's call of helper")
	log.SetFlags(log.Lshortfile)
	log.SetOutput(os.Stdout)
	log.Output(1, "package-level Output")
	log.Output(0, "package-level depth 0")
	func() {
		log.Println("in a closure")
		defer log.Println("deferred call")
	}()
	err := logger.Output(1, "no error")
	fmt.Println("err:", err)
	// Below main.main: the runtime's frames, then none.
	logger.Output(2, "runtime.main")
	logger.Output(3, "runtime.goexit")
	logger.Output(4, "past the stack")
	done := make(chan bool)
	go func() {
		logger.Output(2, "a goroutine's goexit")
		done <- true
	}()
	<-done
}
