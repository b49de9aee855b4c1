package main

import (
	"fmt"
	"log"
	"os"
)

func step(name string) {
	defer log.Println("leaving", name)
	defer fmt.Fprintln(os.Stdout, "cleanup for", name)
	log.Println("entering", name)
}

func main() {
	log.SetFlags(log.Lshortfile)
	log.SetOutput(os.Stdout)
	step("parse")
	step("check")
	fmt.Fprintln(os.Stdout, "between steps")
	log.Println("after the steps")
	func() {
		defer fmt.Fprintf(os.Stdout, "deferred %s\n", "Fprintf")
	}()
	fmt.Fprintln(os.Stdout, "each line printed once")
	for i := range 3 {
		func() {
			defer log.Printf("iteration %d", i)
		}()
	}
	log.Print("end")
}
