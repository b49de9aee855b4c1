package main

import (
	"fmt"
	"os"
)

type Pt struct{ X, Y int }

type Grid struct {
	Name  string
	Cells [][]rune
	Ptr   *Pt
	Inner struct{ A, B bool }
}

func main() {
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%[1]s-%[1]q-%[1]x\n", "go")
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)
	fmt.Printf("%[5]d\n", 1, 2)
	fmt.Printf("%[0]d %[x]d\n", 1)
	fmt.Printf("%.[2]d\n", 7)
	fmt.Printf("%10v|%-10v|%10d|\n", Pt{1, 2}, Pt{3, 4}, []int{1, 22})
	fmt.Printf("%6.2q|%-8q|%08q\n", "abcdef", 'x', "z")
	fmt.Printf("%-6t|%6t|\n", true, false)
	fmt.Printf("%x %X %.2x %#.3x\n", 3.5, -1.0, 1.0, 255.0)
	fmt.Printf("%c|%c|%U|%#U\n", -1, 0x110000, 0x10FFFF, 'x')
	fmt.Printf("%s|%x|%q|%v|%d\n", []byte(nil), []byte(nil), []byte(nil), []byte(nil), []byte("AB"))
	fmt.Printf("%s %v\n", [3]byte{65, 66, 67}, [2]byte{1, 2})
	fmt.Printf("%5s|%-5s|%5.1s|\n", []string{"a", "bb"}, []byte("xy"), "hello")
	fmt.Printf("%o %#o %O %#b %#X\n", 64, 64, 64, 5, 3054)
	fmt.Printf("%+q %#q %#q\n", "café", "back`tick", "plain")
	fmt.Printf("%e %E %.0e %#.0e %#g %#.3g\n", 123456.789, 0.000123, 5.5, 5.5, 1.0, 2.0)
	fmt.Printf("%g %g %g %g\n", 1e-5, 1e-4, 123456789.0, 1e20)
	fmt.Printf("%v %v %v\n", float32(1e-5), float32(3.4e38), float32(16777216.0))
	fmt.Printf("% d|% d|%+ d|% 5d|% x\n", 5, -5, 5, 42, "hi")
	fmt.Printf("%08.3f|%-08.3f|%+08d|%x\n", -3.14159, 2.5, 42, -255)
	fmt.Printf("%p\n", nil)
	fmt.Printf("%t %t\n", 1, "x")
	fmt.Printf("%s\n", nil)
	fmt.Printf("%d %v\n", []any{1, "a"}, map[string]any{"k": nil})
	var np *Pt
	var ni fmt.Stringer
	fmt.Printf("%v %+v %s %d\n", np, np, ni, ni)
	g := Grid{Name: "g", Cells: [][]rune{{'a', 'b'}, {'c'}}}
	fmt.Printf("%v\n%+v\n", g, g)
	fmt.Printf("%#v\n", g.Inner)
	fmt.Printf("%q\n", g.Cells)
	fmt.Printf("%v %d\n", true, true)
	fmt.Printf("%v|%5v|%-5v|\n", nil, nil, nil)
	fmt.Printf("%.3s|%.10s|%.0s|\n", "日本語日本語", "ab", "abc")
	fmt.Printf("%5.2f%%|%3c|%-3c|\n", 12.345, 'x', 'y')
	n, err := fmt.Fprintf(os.Stdout, "%s=%d\n", "count", 3)
	fmt.Println(n, err)
	s := fmt.Sprintf("%v %v", struct{}{}, [0]int{})
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprintf("%08b", byte(5)), fmt.Sprintf("%016b", uint16(0xF0F0)), fmt.Sprintf("%x", uint64(1)<<63))
	type pair struct {
		k string
		v *int
	}
	fmt.Printf("%+v\n", pair{k: "n"})
	fmt.Println(fmt.Sprintln("a", "b"), fmt.Sprint(), fmt.Sprint(nil, nil), fmt.Sprint("a", nil, "b"))
	fmt.Println(fmt.Sprint([]string{}, map[int]int{}, struct{ A []int }{}))
}
