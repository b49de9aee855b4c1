package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	fs := flag.NewFlagSet("panicky", flag.PanicOnError)
	fs.SetOutput(os.Stdout)
	fs.Int("k", 1, "k")
	defer fmt.Println("deferred runs")
	fmt.Println(fs.Parse([]string{"-k", "2"}))
	fs.Parse([]string{"-k", "two"})
}
