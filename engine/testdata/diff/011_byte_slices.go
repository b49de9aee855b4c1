package main

import (
	"bytes"
	"fmt"
)

// A tiny run-length encoder over byte slices.
func rle(in []byte) []byte {
	var out []byte
	for i := 0; i < len(in); {
		j := i
		for j < len(in) && in[j] == in[i] && j-i < 9 {
			j++
		}
		out = append(out, byte('0'+j-i), in[i])
		i = j
	}
	return out
}

func unrle(in []byte) []byte {
	var out []byte
	for i := 0; i+1 < len(in); i += 2 {
		out = append(out, bytes.Repeat(in[i+1:i+2], int(in[i]-'0'))...)
	}
	return out
}

func main() {
	data := []byte("aaaabbbcccccccccccdd")
	enc := rle(data)
	fmt.Println(string(enc), len(data), len(enc))
	fmt.Println(string(unrle(enc)), bytes.Equal(unrle(enc), data))
	b := []byte("hello")
	s := string(b)
	b[0] = 'J'
	fmt.Println(s, string(b))
	fmt.Println(b, []byte(nil) == nil, len([]byte("")))
	upper := bytes.ToUpper(b)
	fmt.Printf("%s %q %x %v\n", upper, upper, upper, upper[:2])
	fmt.Println(bytes.Compare([]byte("a"), []byte("b")), bytes.HasPrefix(b, []byte("Je")))
	fields := bytes.Fields([]byte("  one two   three "))
	fmt.Printf("%q\n", fields)
	fmt.Println(bytes.Index(data, []byte("ccc")), bytes.Count(data, []byte("c")))
	var x byte = 'A'
	x += 25
	fmt.Println(x, string(x), string(rune(x)))
}
