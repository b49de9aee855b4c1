package main

import (
	"fmt"
	"strings"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Temp float64

func (t *Temp) String() string { return fmt.Sprintf("%.1fK", float64(*t)) }

type Wrapper struct {
	C     Color
	T     Temp
	PT    *Temp
	inner Color
}

type Bag []Color

func (b Bag) String() string {
	parts := make([]string, len(b))
	for i, c := range b {
		parts[i] = strings.ToLower(c.String())
	}
	return "bag{" + strings.Join(parts, ",") + "}"
}

type Money struct{ Cents int64 }

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		if f.Flag('+') {
			fmt.Fprintf(f, "Money{%d}", m.Cents)
			return
		}
		fmt.Fprintf(f, "$%d.%02d", m.Cents/100, m.Cents%100)
	case 'd':
		w, ok := f.Width()
		if ok {
			fmt.Fprintf(f, "%*d", w, m.Cents)
		} else {
			fmt.Fprintf(f, "%d", m.Cents)
		}
	default:
		fmt.Fprintf(f, "%%!%c(Money)", verb)
	}
}

type ID string

func (id ID) GoString() string { return "ID(" + string(id) + ")" }

func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %s %d %q %x\n", Green, Green, Green, Green, Green)
	t := Temp(300)
	w := Wrapper{C: Blue, T: t, PT: &t, inner: Green}
	fmt.Printf("%v\n", w)
	fmt.Printf("%+v\n", w)
	fmt.Println(t, &t)
	b := Bag{Red, Blue}
	fmt.Println(b, []Color(b))
	fmt.Printf("%v %d\n", b, b)
	m := Money{12345}
	fmt.Printf("%v|%+v|%d|%8d|%x\n", m, m, m, m, m)
	fmt.Println(m)
	fmt.Println(fmt.Sprint(m, m))
	fmt.Printf("%#v %v %#v\n", ID("x"), ID("y"), []ID{"a"})
	colors := map[Color]int{Blue: 3, Red: 1, Green: 2}
	fmt.Println(colors)
	var s fmt.Stringer = Blue
	fmt.Printf("%T %v\n", s, s)
	var ps fmt.Stringer = &t
	fmt.Printf("%T %v\n", ps, ps)
	arr := [2]Color{Green, Red}
	fmt.Println(arr)
	fmt.Printf("%v\n", struct {
		A Color
		B []Color
	}{Blue, []Color{Red}})
}
