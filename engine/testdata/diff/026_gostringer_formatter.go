package main

import (
	"fmt"
	"strings"
)

type Secret string

func (s Secret) GoString() string { return `Secret("***")` }
func (s Secret) String() string   { return "***" }

type Vec struct{ X, Y float64 }

func (v Vec) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v':
		if f.Flag('+') {
			fmt.Fprintf(f, "Vec{X: %g, Y: %g}", v.X, v.Y)
			return
		}
		fmt.Fprintf(f, "<%g, %g>", v.X, v.Y)
	case 'f':
		p, ok := f.Precision()
		if !ok {
			p = 2
		}
		w, _ := f.Width()
		s := fmt.Sprintf("<%.*f, %.*f>", p, v.X, p, v.Y)
		fmt.Fprint(f, strings.Repeat(" ", max(0, w-len(s)))+s)
	default:
		fmt.Fprintf(f, "%%!%c(Vec)", verb)
	}
}

type Config struct {
	User     string
	Password Secret
	Origin   Vec
}

func main() {
	s := Secret("hunter2")
	fmt.Println(s)
	fmt.Printf("%v %s %#v %q\n", s, s, s, string(s))
	v := Vec{1.5, -2}
	fmt.Println(v)
	fmt.Printf("%v|%+v|%f|%.1f|%12.3f|%d|%x\n", v, v, v, v, v, v, v)
	c := Config{"root", s, v}
	fmt.Printf("%v\n%+v\n%#v\n", c, c, c)
	fmt.Println([]Vec{{1, 2}, {3, 4}}, map[string]Secret{"k": "v"})
	fmt.Println(fmt.Sprintf("%#v", []Secret{"a"}))
}
