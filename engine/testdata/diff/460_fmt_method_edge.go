package main

import (
	"errors"
	"fmt"
	"strings"
)

type Level int

func (l Level) String() string { return [...]string{"DEBUG", "INFO", "WARN"}[l] }

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type PtrStr struct{ n int }

func (p *PtrStr) String() string { return fmt.Sprintf("PtrStr#%d", p.n) }

type Loud string

func (l Loud) Format(f fmt.State, c rune) {
	w, hasW := f.Width()
	p, hasP := f.Precision()
	fmt.Fprintf(f, "[%c w=%d/%v p=%d/%v +%v -%v #%v 0%v sp%v %s]", c, w, hasW, p, hasP,
		f.Flag('+'), f.Flag('-'), f.Flag('#'), f.Flag('0'), f.Flag(' '), strings.ToUpper(string(l)))
}

type ErrStr struct{ msg string }

func (e ErrStr) Error() string  { return "error:" + e.msg }
func (e ErrStr) String() string { return "string:" + e.msg }

type Both struct{}

func (Both) GoString() string { return "Both{}!" }
func (Both) String() string   { return "both" }

func main() {
	fmt.Println(Level(1), Level(2))
	fmt.Println(Level(5))
	fmt.Printf("%v|%d|%s\n", Level(0), Level(0), Level(9))
	var np *Point
	fmt.Println(np)
	fmt.Printf("%v %+v %s\n", np, np, np)
	var nps *PtrStr
	fmt.Println(nps == nil)
	fmt.Println(&PtrStr{3}, PtrStr{4})
	pts := map[Point]Level{{2, 1}: 0, {1, 5}: 1, {1, 2}: 2}
	fmt.Println(pts)
	lvls := map[Level]string{2: "c", 0: "a", 1: "b"}
	fmt.Println(lvls)
	fmt.Printf("%v|%10v|%-8.3v|%+#v|%x|% 05d\n", Loud("a"), Loud("b"), Loud("c"), Loud("d"), Loud("e"), Loud("f"))
	e := ErrStr{"x"}
	fmt.Println(e)
	fmt.Printf("%v %s %q\n", e, e, e)
	var err error = e
	fmt.Println(err, errors.New("plain"))
	fmt.Printf("%v %#v %+v\n", Both{}, Both{}, Both{})
	fmt.Printf("%v\n", []fmt.Stringer{Point{1, 2}, Level(1), nil})
	fmt.Printf("%s\n", []error{e, nil})
	fmt.Printf("%d\n", []Point{{1, 2}})
	fmt.Printf("%v %v\n", struct{ L Level }{1}, struct{ P *Point }{nil})
	fmt.Printf("%q\n", []Level{0, 1})
	fmt.Printf("%x %X\n", Point{10, 11}, "Point")
	fmt.Printf("%5s|%-7v|%07v\n", Level(1), Point{1, 2}, Level(0))
	fmt.Println(fmt.Sprint(Level(0), Level(1)), fmt.Sprint(Point{}, 3), fmt.Sprint("a", Point{}))
}
