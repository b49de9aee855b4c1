package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

func camelToSnake(s string) string {
	var b strings.Builder
	for i, r := range s {
		if unicode.IsUpper(r) {
			if i > 0 {
				b.WriteByte('_')
			}
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func snakeToCamel(s string) string {
	parts := strings.Split(s, "_")
	for i := 1; i < len(parts); i++ {
		if parts[i] == "" {
			continue
		}
		parts[i] = strings.ToUpper(parts[i][:1]) + parts[i][1:]
	}
	return strings.Join(parts, "")
}

func table(rows [][]string) string {
	widths := make([]int, len(rows[0]))
	for _, r := range rows {
		for i, c := range r {
			widths[i] = max(widths[i], len(c))
		}
	}
	var b strings.Builder
	for ri, r := range rows {
		for i, c := range r {
			fmt.Fprintf(&b, "| %-*s ", widths[i], c)
		}
		b.WriteString("|\n")
		if ri == 0 {
			for _, w := range widths {
				b.WriteString("|" + strings.Repeat("-", w+2))
			}
			b.WriteString("|\n")
		}
	}
	return b.String()
}

func main() {
	for _, s := range []string{"HelloWorld", "parseHTTPRequest", "x", "ÉtéChaud"} {
		snake := camelToSnake(s)
		fmt.Printf("%-18s %-22s %s\n", s, snake, snakeToCamel(snake))
	}
	fmt.Print(table([][]string{{"name", "qty", "price"}, {"apple", "3", "1.25"}, {"watermelon", "10", "0.5"}}))
	var b strings.Builder
	fmt.Println(b.Len(), b.Cap(), b.String() == "")
	b.Grow(64)
	fmt.Println(b.Len(), b.Cap() >= 64)
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&b, "%d,", i*i)
	}
	fmt.Println(b.String(), b.Len())
	b.Reset()
	fmt.Printf("%q %d\n", b.String(), b.Len())

	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	fmt.Println(buf.String(), buf.Len())
	fmt.Println(bytes.ToUpper(buf.Bytes()), string(bytes.Title([]byte("x y"))))
	fields := bytes.Fields([]byte("  a bb  ccc "))
	fmt.Printf("%q %d\n", fields, len(fields))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Compare([]byte("a"), []byte("b")), bytes.Contains([]byte("seafood"), []byte("foo")))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.HasPrefix("golang", "go"), strings.TrimLeft("xxhixx", "x"), strings.TrimSuffix("a.go", ".go"))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>bold</b>"))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit), strings.IndexFunc("abc1", unicode.IsDigit), strings.LastIndexAny("golang", "gn"))
	fmt.Printf("%q %q\n", strings.Fields(" \t\n "), strings.Split("", ","))
}
