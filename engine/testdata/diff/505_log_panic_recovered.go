package main

import (
	"bytes"
	"fmt"
	"log"
)

type ValidationError struct{ Field string }

func (e *ValidationError) Error() string { return "invalid " + e.Field }

func safely(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s recovered %T: %q\n", name, r, r)
		}
	}()
	f()
}

func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "check: ", 0)
	log.SetFlags(0)

	safely("Panic", func() { log.Panic("bad ", 1, " ", &ValidationError{"email"}) })
	safely("Panicf", func() { log.Panicf("bad value %d for %s", 7, "age") })
	safely("Panicln", func() { log.Panicln("bad", "thing", 3) })
	safely("Logger.Panic", func() { l.Panic(&ValidationError{"name"}) })
	safely("Logger.Panicf", func() { l.Panicf("%05.2f", 3.14159) })
	safely("Logger.Panicln", func() { l.Panicln("x", 1) })
	fmt.Print(buf.String())

	// The message is formatted once, before it is written.
	n := 0
	counter := stringerFunc(func() string { n++; return fmt.Sprint("call ", n) })
	safely("counted", func() { l.Panic(counter) })
	fmt.Println("String calls:", n)
	fmt.Print(buf.String())
}

type stringerFunc func() string

func (f stringerFunc) String() string { return f() }
