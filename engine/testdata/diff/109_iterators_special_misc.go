package main

import (
	"bytes"
	"container/ring"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
)

type notFound struct{ key string }

func (e *notFound) Error() string { return "not found: " + e.key }

func main() {
	for f := range strings.FieldsFuncSeq("a1b22c333", unicode.IsDigit) {
		fmt.Print(f, " ")
	}
	fmt.Println()
	for l := range bytes.Lines([]byte("one\ntwo\nthree")) {
		fmt.Printf("%q ", l)
	}
	fmt.Println()
	for p := range bytes.SplitSeq([]byte("a,b,c"), []byte(",")) {
		fmt.Print(string(p), ";")
	}
	for p := range bytes.SplitAfterSeq([]byte("a,b,c"), []byte(",")) {
		fmt.Print(string(p), ";")
	}
	for p := range bytes.FieldsSeq([]byte("  x  y z ")) {
		fmt.Print(string(p), "|")
	}
	for p := range bytes.FieldsFuncSeq([]byte("x-y--z"), func(r rune) bool { return r == '-' }) {
		fmt.Print(string(p), "|")
		if string(p) == "y" {
			break
		}
	}
	fmt.Println()

	fmt.Println(strings.ToUpperSpecial(unicode.TurkishCase, "istanbul"))
	fmt.Println(strings.ToLowerSpecial(unicode.TurkishCase, "IŞIK"))
	fmt.Println(string(bytes.ToTitleSpecial(unicode.TurkishCase, []byte("iyi"))))
	fmt.Println(string(unicode.TurkishCase.ToUpper('i')), string(unicode.TurkishCase.ToLower('I')))

	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i * i
		r = r.Next()
	}
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println()
	removed := r.Unlink(2)
	fmt.Println(r.Len(), removed.Len(), r.Move(-1).Value, r.Prev().Value)
	r.Link(removed)
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println()

	fmt.Println(utf16.EncodeRune('😀'))
	fmt.Println(utf16.AppendRune([]uint16{65}, '😀'))
	fmt.Println(string(strconv.AppendQuoteRuneToGraphic([]byte("r="), '\u263a')))

	s := []int{1, 2, 3, 4, 5}
	s = slices.Replace(s, 1, 3, 20, 30, 40)
	fmt.Println(s, len(s))
	s = slices.Replace(s, 0, 4, 9)
	fmt.Println(s, len(s))
	fmt.Println(slices.CompareFunc([]int{1, 2}, []string{"1", "3"}, func(a int, b string) int {
		return strings.Compare(strconv.Itoa(a), b)
	}))

	err := fmt.Errorf("lookup: %w", &notFound{"k1"})
	if nf, ok := errors.AsType[*notFound](err); ok {
		fmt.Println("as type:", nf.key)
	}
	_, ok := errors.AsType[*fs.PathError](err)
	fmt.Println(ok)
	_, err = os.Open("missing_109.txt")
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		fmt.Println(pe.Op, pe.Path, pe.Err)
	}
}
