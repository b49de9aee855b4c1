package main

import (
	"errors"
	"fmt"
)

type Packet struct {
	ID      uint16
	Payload []byte
	Err     error
	Tags    [2]string
}

func main() {
	p := Packet{7, []byte("hi"), errors.New("crc"), [2]string{"a", "b"}}
	fmt.Printf("%v\n%+v\n%s\n%x\n%q\n", p, p, p, p, p)
	fmt.Printf("%v %s %x %X % x %q\n", p.Payload, p.Payload, p.Payload, p.Payload, p.Payload, p.Payload)
	fmt.Printf("%08b %o %#v\n", p.Payload, p.Payload, p.Payload)
	fmt.Printf("%5.1x|%-6x|%6s|\n", p.Payload, []byte{1}, []byte("ab"))
	fmt.Printf("%v %d\n", [3]byte{1, 2, 3}, []uint8{4})
	fmt.Printf("%s %v\n", []string{"a", "b"}, [][]byte{[]byte("x"), nil})
}
