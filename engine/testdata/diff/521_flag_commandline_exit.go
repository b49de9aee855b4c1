package main

import (
	"flag"
	"fmt"
)

type ptrOnly struct{ items *[]string }

func (p *ptrOnly) String() string     { return fmt.Sprint(*p.items) }
func (p *ptrOnly) Set(s string) error { *p.items = append(*p.items, s); return nil }

func main() {
	defer fmt.Println("not printed: exit 2")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: prog [flags] files...")
		flag.PrintDefaults()
	}
	workers := flag.Int("workers", 4, "worker `count`")
	dry := flag.Bool("dry-run", false, "only print what would happen")
	items := []string{"x"}
	flag.Var(&ptrOnly{&items}, "item", "an item")
	flag.String("mode", "fast", "the mode")
	flag.Parse()
	fmt.Println(*workers, *dry, flag.NArg())
	fs := flag.NewFlagSet("sub", flag.ExitOnError)
	fs.Int("k", 1, "k")
	fs.Parse([]string{"-k", "2", "-bogus"})
	fmt.Println("unreachable")
}
