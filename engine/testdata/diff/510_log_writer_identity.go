package main

import (
	"fmt"
	"io"
	"log"
	"os"
)

type noisy struct{}

func (noisy) String() string {
	fmt.Println("String called")
	return "noisy"
}

func main() {
	fmt.Println(log.Writer() == os.Stderr, log.Writer() == os.Stdout)
	fmt.Println(log.Default() == log.Default(), log.Default().Writer() == log.Writer())
	fmt.Printf("%T %T\n", log.Default(), log.Writer())

	log.SetOutput(os.Stdout)
	fmt.Println(log.Writer() == os.Stdout)
	log.SetFlags(0)
	log.Default().SetPrefix("via default: ")
	log.Print("Default is the standard logger")
	fmt.Printf("%q %d\n", log.Prefix(), log.Default().Flags())

	// A discarding logger formats nothing.
	log.SetOutput(io.Discard)
	log.Print(noisy{})
	log.Printf("%v", noisy{})
	fmt.Println(log.Writer() == io.Discard)

	d := log.New(io.Discard, "", 0)
	d.Println(noisy{})
	fmt.Println("Output:", d.Output(1, "nothing"))

	// Panic still formats its message, for the panic.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		d.Panic(noisy{})
	}()

	log.SetOutput(os.Stdout)
	log.Println(noisy{})
	var z log.Logger
	fmt.Println(z.Writer() == nil, z.Flags(), z.Prefix() == "")
}
