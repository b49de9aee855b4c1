package main

import (
	"fmt"
	"log"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: %v\n", name, r)
		}
	}()
	f()
	fmt.Println(name + ": ok")
}

func main() {
	l := log.New(nil, "nil writer: ", 0)
	try("Writer", func() { fmt.Println(l.Writer() == nil, l.Prefix()) })
	try("Print", func() { l.Print("lost") })
	try("Output", func() { l.Output(1, "lost too") })

	var nl *log.Logger
	try("nil Logger Print", func() { nl.Print("x") })
	try("nil Logger Flags", func() { fmt.Println(nl.Flags()) })
	try("nil Logger SetPrefix", func() { nl.SetPrefix("p") })

	var zero log.Logger
	try("zero Logger Println", func() { zero.Println("no writer") })
	try("zero Logger SetFlags", func() { zero.SetFlags(log.Lshortfile); fmt.Println(zero.Flags()) })
}
