package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var names = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string {
	if d < 0 || int(d) >= len(names) {
		return fmt.Sprintf("Weekday(%d)", int(d))
	}
	return names[d]
}

func (d Weekday) Weekend() bool { return d == Saturday || d == Sunday }

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

func (b ByteSize) String() string {
	switch {
	case b >= TB:
		return fmt.Sprintf("%.2fTB", b/TB)
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.2fB", b)
}

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func (p Perm) String() string {
	s := []byte("---")
	for i, c := range "rwx" {
		if p&(1<<i) != 0 {
			s[i] = byte(c)
		}
	}
	return string(s)
}

const (
	a, b = iota, iota * 10
	c, d
	e, f = "e", iota
)

const big = 1 << 100
const typedMax int64 = 1<<63 - 1

func main() {
	for d := Sunday; d <= Saturday+1; d++ {
		fmt.Printf("%v(%d,%t) ", d, d, d.Weekend())
	}
	fmt.Println()
	fmt.Println(KB, MB, ByteSize(1500), ByteSize(3.5*float64(GB)), TB*2048)
	p := Read | Exec
	fmt.Println(p, Read|Write|Exec, Perm(0), p&^Read, []Perm{Read, Write})
	fmt.Printf("%v %d %s %q %x\n", p, p, p, p, p)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(big/(1<<98), typedMax, big>>99)
	const hello = "héllo"
	const l = len(hello)
	var arr [l]int
	fmt.Println(len(arr), l, hello[1], 'h'+1, string(rune('a'+2)))
	const fc = 10 / 4
	const ff = 10 / 4.0
	fmt.Println(fc, ff, 7/2*2.0, 1e3, 'x'*2)
	fmt.Printf("%T %T %T %T\n", fc, ff, 'x', 1e3)
}
