package main

import (
	"flag"
	"fmt"
)

func main() {
	fs := flag.NewFlagSet("help", flag.ExitOnError)
	fs.Int("k", 1, "k")
	fs.String("s", "", "s\nsecond line")
	defer fmt.Println("not printed")
	fs.Parse([]string{"-help"})
}
