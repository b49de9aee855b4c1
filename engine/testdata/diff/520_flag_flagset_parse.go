package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

type list []string

func (l *list) String() string { return strings.Join(*l, ",") }
func (l *list) Set(s string) error {
	if s == "" {
		return errors.New("empty item")
	}
	*l = append(*l, s)
	return nil
}

type level int

func (l level) String() string { return [...]string{"low", "mid", "high"}[l] }
func (l *level) Set(s string) error {
	switch s {
	case "low":
		*l = 0
	case "mid":
		*l = 1
	case "high":
		*l = 2
	default:
		return fmt.Errorf("unknown level %q", s)
	}
	return nil
}

func main() {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	n := fs.Int("n", 3, "number of `items` to process")
	name := fs.String("name", "world", "who to greet")
	v := fs.Bool("v", false, "verbose output")
	d := fs.Duration("timeout", 2*time.Second, "how long to wait")
	r := fs.Float64("ratio", 0.5, "a ratio")
	big := fs.Int64("big", 0, "a big number")
	u := fs.Uint("u", 7, "unsigned")
	u64 := fs.Uint64("u64", 0, "unsigned 64")
	var tags list
	fs.Var(&tags, "tag", "add a tag (repeatable)")
	lv := level(1)
	fs.Var(&lv, "level", "the level:\nlow, mid or high")
	var seen []string
	fs.Func("f", "a func flag", func(s string) error { seen = append(seen, "f="+s); return nil })
	fs.BoolFunc("b", "a bool func flag", func(s string) error { seen = append(seen, "b="+s); return nil })
	var s2 string
	fs.StringVar(&s2, "s2", "", "empty default")

	err := fs.Parse([]string{"-n", "10", "--name=gopher", "-v", "-timeout=1m30s", "-ratio", "1e3", "-tag", "a", "-tag=b",
		"-level", "high", "-f", "x", "-b", "-b=false", "-big=-5", "-u=0x10", "rest1", "-notflag", "rest2"})
	fmt.Println("err:", err)
	fmt.Println(*n, *name, *v, *d, *r, *big, *u, *u64, tags, lv, seen)
	fmt.Println(fs.NArg(), fs.Args(), fs.Arg(0), fs.Arg(5) == "", fs.NFlag(), fs.Parsed(), fs.Name())
	fs.Visit(func(f *flag.Flag) { fmt.Printf("set %s=%s (default %q)\n", f.Name, f.Value, f.DefValue) })
	fs.VisitAll(func(f *flag.Flag) {
		name, usage := flag.UnquoteUsage(f)
		fmt.Printf("all %s %q %q %T\n", f.Name, name, usage, f.Value)
	})
	fs.PrintDefaults()
	f := fs.Lookup("n")
	fmt.Println(f.Name, f.Usage, f.Value.String(), f.Value.(flag.Getter).Get(), fs.Lookup("nope") == nil)
	err = fs.Set("n", "42")
	fmt.Println(err, *n)
	fmt.Println(fs.Set("nope", "1"))
	err = fs.Set("n", "x")
	fmt.Println(err, *n)

	for _, args := range [][]string{
		{"-n", "abc"}, {"-n", "99999999999999999999"}, {"-v=maybe"}, {"-missing"}, {"-n"}, {"---x"}, {"-tag", ""},
		{"-level", "max"}, {"-h"}, {"--", "-n", "5"}, {"-timeout", "soon"}, {"-ratio", "x"},
	} {
		fs2 := flag.NewFlagSet("t2", flag.ContinueOnError)
		fs2.SetOutput(os.Stdout)
		fs2.Int("n", 0, "n")
		fs2.Bool("v", false, "v")
		fs2.Duration("timeout", 0, "t")
		fs2.Float64("ratio", 0, "r")
		var l list
		fs2.Var(&l, "tag", "tags")
		var lv level
		fs2.Var(&lv, "level", "lvl")
		err := fs2.Parse(args)
		fmt.Printf("%q -> %v (help: %v) rest %q\n", args, err, errors.Is(err, flag.ErrHelp), fs2.Args())
	}
	fs3 := flag.NewFlagSet("", flag.ContinueOnError)
	fs3.SetOutput(os.Stdout)
	fs3.Usage = func() { fmt.Println("custom usage for", fs3.Name()) }
	fmt.Println(fs3.Parse([]string{"-x"}))
	fs4 := flag.NewFlagSet("", flag.ContinueOnError)
	fs4.SetOutput(os.Stdout)
	fs4.Int("a", 1, "a")
	fmt.Println(fs4.Parse([]string{"-zz"}), fs4.ErrorHandling() == flag.ContinueOnError, fs4.Output() == os.Stdout)
	fmt.Println(flag.NArg(), flag.Args(), flag.Parsed(), flag.CommandLine.Name() != "", flag.CommandLine.ErrorHandling())
	port := flag.Int("port", 8080, "port")
	flag.Parse()
	fmt.Println(*port, flag.Parsed(), flag.NFlag(), flag.Args() == nil, len(flag.Args()))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fs.Int("n", 1, "again")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fs.Int("-bad", 1, "bad")
	}()
}
