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

var dayNames = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string { return dayNames[d] }

func (d Weekday) Weekend() bool { return d == Sunday || d == Saturday }

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

const (
	a, b = iota * 10, iota + 100
	c, d
	_, _
	e, f
)

func main() {
	for d := Sunday; d <= Saturday; d++ {
		fmt.Println(int(d), d, d.Weekend())
	}
	fmt.Println(KB, MB, GB, TB)
	p := Read | Exec
	fmt.Println(p, p&Write != 0, p&Exec != 0, p&^Read)
	fmt.Println(a, b, c, d, e, f)
	fmt.Printf("%v %d %T\n", Friday, Friday, Friday)
}
