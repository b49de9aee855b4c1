package main

import "fmt"

type T struct {
	A int
	B string
}

func main() {
	fmt.Printf("[%5t][%-6t][%q][%#U][%U]\n", true, false, 65, '😀', 0x1F600)
	fmt.Printf("[%x][%X][%o][%O][%#o][%b]\n", -255, -255, -8, 8, 8, -5)
	fmt.Printf("[%.3s][%5.2q][%c][%c][% x][%#x][% #x]\n", "héllo", "héllo", 0x110000, -1, "a b", []byte{1, 2}, []byte{1, 2})
	fmt.Printf("[%+q][%#q][%#q][%08s][%-08s][%08q]\n", "héllo", "back`tick", "plain", "abcd", "ab", "q")
	fmt.Printf("[%e][%.2e][%g][%.10g][%.3g][%G]\n", float32(1.1), 123456.0, 1e-5, 1.0/3, 1234567.0, 1e-10)
	fmt.Printf("[%6.2f][%-8.3e][%+.1f][% .3f][%#g][%#.3x]\n", -1.005, 1234.5678, 0.05, 1.0, 1.0, 1.0)
	fmt.Printf("[%v][%d][%s][%x]\n", T{1, "x"}, T{1, "x"}, T{1, "x"}, T{255, "hi"})
	fmt.Printf("[%5v][%-5v][%05d][%+05d][%x][%X]\n", []int{1, 2}, []int{3}, -42, 42, "héllo", "hi")
	fmt.Printf("[%t][%s][%d]\n", 1, true, "s")
	fmt.Printf("[%v][%.2v][%10.3v]\n", 3.14159, 3.14159, "abcdef")
	fmt.Printf("[%3c][%-3c][%03d][%.0d][%.0d]\n", 'x', 'y', 7, 0, 5)
	fmt.Printf("[%*s][%-*s][%.*s]\n", -6, "ab", 4, "c", 2, "xyz")
	fmt.Printf("[%[2]d %[1]d][%[3]*.[2]*[1]f][%d %d %[1]d %d]\n", 1, 2, 3)
	fmt.Printf("%v %v\n", [3]bool{true}, struct{}{})
	fmt.Printf("%6.3v|%-10q|%x\n", []float64{1.23456, 2}, []string{"a"}, []string{"ab", "c"})
	fmt.Printf("%08.3f|%+08d|%-+8d|% 8d\n", -3.14159, 42, 42, -42)
	fmt.Printf("%#v %#v %#v\n", int64(-5), uint(5), []float32{1.5})
	fmt.Printf("%p\n", nil)
	fmt.Printf("%s %v\n", []byte(nil), []byte{})
	fmt.Printf("%q %v %d\n", 'x', 'x', '\n')
	fmt.Printf("%v|%s|%q\n", error(nil), error(nil), []any{nil})
}
