package main

import (
	"fmt"
	"strings"
)

type Vec struct{ X, Y float64 }

func (v Vec) String() string { return fmt.Sprintf("(%g, %g)", v.X, v.Y) }

func (v Vec) GoString() string { return fmt.Sprintf("Vec{%g, %g}", v.X, v.Y) }

type Matrix [2][2]float64

func (m Matrix) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v':
		if f.Flag('+') {
			fmt.Fprintf(f, "[[%g %g] [%g %g]]+", m[0][0], m[0][1], m[1][0], m[1][1])
			return
		}
		if f.Flag('#') {
			fmt.Fprint(f, "Matrix{...}")
			return
		}
		fmt.Fprintf(f, "|%g %g|%g %g|", m[0][0], m[0][1], m[1][0], m[1][1])
	case 's':
		w, ok := f.Width()
		p, pok := f.Precision()
		fmt.Fprintf(f, "matrix(w=%d,%t p=%d,%t)", w, ok, p, pok)
	default:
		fmt.Fprintf(f, "%%!%c(Matrix)", verb)
	}
}

type Level int

func (l Level) String() string {
	return [...]string{"DEBUG", "INFO", "WARN"}[l]
}

type Temp float64

func (t *Temp) String() string { return fmt.Sprintf("%.1f°C", float64(*t)) }

type Err struct{ Code int }

func (e Err) Error() string  { return fmt.Sprintf("E%03d", e.Code) }
func (e Err) String() string { return "never used: Error wins" }

type Padded string

func (p Padded) Format(f fmt.State, c rune) {
	w, _ := f.Width()
	s := string(p)
	if f.Flag('-') {
		s = s + strings.Repeat(".", max(0, w-len(s)))
	} else {
		s = strings.Repeat(".", max(0, w-len(s))) + s
	}
	f.Write([]byte(s))
}

func main() {
	v := Vec{1.5, -2}
	fmt.Println(v, &v, []Vec{v})
	fmt.Printf("%v %+v %#v %s %q\n", v, v, v, v, v)
	fmt.Printf("%#v\n", []Vec{v, {0, 0}})
	fmt.Printf("%#v\n", map[string]Vec{"a": v})
	m := Matrix{{1, 2}, {3, 4}}
	fmt.Printf("%v|%+v|%#v|%s|%8.3s|%d\n", m, m, m, m, m, m)
	fmt.Println(m)
	fmt.Println(Level(1), []Level{0, 2})
	fmt.Printf("%v %d %x %q\n", Level(2), Level(2), Level(1), Level(0))
	t := Temp(21.55)
	fmt.Println(t, &t)
	fmt.Printf("%v %v\n", t, &t)
	e := Err{7}
	fmt.Println(e)
	fmt.Printf("%v %s %d %+v\n", e, e, e, e)
	var err error = e
	fmt.Printf("%v %#v\n", err, err)
	fmt.Printf("[%8v][%-8v][%v]\n", Padded("ab"), Padded("cd"), Padded("ef"))
	fmt.Println(fmt.Sprint(v, m), fmt.Sprintf("%6.2f", v))
}
