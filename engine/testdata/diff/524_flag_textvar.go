package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
)

type Level int

func (l Level) MarshalText() ([]byte, error) {
	switch l {
	case 0:
		return []byte("debug"), nil
	case 1:
		return []byte("info"), nil
	}
	return nil, errors.New("bad level")
}

func (l *Level) UnmarshalText(b []byte) error {
	switch strings.ToLower(string(b)) {
	case "debug":
		*l = 0
	case "info":
		*l = 1
	default:
		return fmt.Errorf("unknown level %q", b)
	}
	return nil
}

type Point struct{ X, Y int }

func (p Point) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("%d,%d", p.X, p.Y)), nil }
func (p *Point) UnmarshalText(b []byte) error {
	_, err := fmt.Sscanf(string(b), "%d,%d", &p.X, &p.Y)
	return err
}

func main() {
	fs := flag.NewFlagSet("tv", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	var lv Level
	fs.TextVar(&lv, "level", Level(1), "log `level`")
	var p Point
	def := &Point{3, 4}
	fs.TextVar(&p, "at", def, "position")
	fmt.Println(lv, p)
	def.X = 99
	fmt.Println(p, fs.Lookup("at").DefValue, fs.Lookup("level").Value)
	fmt.Println(fs.Parse([]string{"-level", "DEBUG", "-at=7,8"}), lv, p)
	fmt.Println(fs.Parse([]string{"-level", "loud"}))
	fmt.Printf("%T %v\n", fs.Lookup("at").Value, fs.Lookup("at").Value.(flag.Getter).Get() == &p)
	fs.PrintDefaults()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var q Point
		fs.TextVar(&q, "q", Level(0), "mismatch")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fs.TextVar(lvPtr(), "r", Level(0), "not a pointer")
	}()
}

type lvVal struct{ Level }

func lvPtr() lvVal { return lvVal{} }

func (lvVal) UnmarshalText([]byte) error { return nil }
