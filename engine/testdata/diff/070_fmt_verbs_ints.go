package main

import "fmt"

func main() {
	n := 255
	fmt.Printf("%d|%+d|%5d|%-5d|%05d|% d\n", n, n, n, n, n, n)
	fmt.Printf("%b|%o|%O|%x|%X|%#x|%#X|%#o|%#b\n", n, n, n, n, n, n, n, n, n)
	fmt.Printf("%x|%X|%08b|%c|%q|%U|%#U\n", -n, -n, 5, 65, 65, 0x1F600, 'ä')
	fmt.Printf("%d|%x|%v\n", []int{1, 2}, []int{10, 11}, [2]bool{true})
	fmt.Printf("%3c|%-3c|%06.2f|%+.3e|%x\n", 'x', 'y', 3.14159, 12345.678, 255.5)
	var u8 uint8 = 200
	var i64 int64 = -1 << 40
	fmt.Printf("%d %x %o %b\n", u8, i64, i64, int8(-5))
	fmt.Printf("%*d|%-*d|%.*f\n", 6, 42, 4, 7, 2, 3.14159)
	fmt.Printf("%[2]d %[1]d %d\n", 1, 2)
	fmt.Printf("%t %v %5t\n", true, false, true)
	fmt.Printf("%x %X % x %#x\n", "hi!", []byte("hi!"), "hi!", "hi!")
	fmt.Printf("%.2s|%5.1s|%-6s|%q\n", "golang", "xyz", "ab", `a"b`)
	fmt.Printf("%08.3f|%-8.2f|%+08d|%x\n", -3.14159, 2.5, 42, uint64(1<<63))
	fmt.Printf("%6.2f%%\n", 99.5)
}
