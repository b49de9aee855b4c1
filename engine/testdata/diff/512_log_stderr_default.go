package main

import (
	"fmt"
	"log"
	"os"
)

func main() {
	// The standard logger writes to stderr; stdout stays clean.
	log.SetFlags(0)
	log.SetPrefix("warn: ")
	fmt.Println("result: 42")
	log.Println("cache miss for", "user:17")
	log.Printf("retrying in %dms", 250)
	fmt.Fprintln(os.Stderr, "a direct stderr write")
	log.Print("done")
	fmt.Println("result: 43")
	os.Exit(3)
}
