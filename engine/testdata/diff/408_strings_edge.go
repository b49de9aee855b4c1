package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Split("a,b,,c,", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.Fields("  a \t b\n\nc  "))
	fmt.Printf("%q\n", strings.Fields(""))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b2c33d", unicode.IsDigit))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href=\"x&y\">"))
	r2 := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(r2.Replace("aaaa"))
	r3 := strings.NewReplacer("", "-")
	fmt.Println(r3.Replace("abc"))
	fmt.Println(strings.Replace("aaaa", "a", "b", 2), strings.ReplaceAll("banana", "na", "NA"), strings.Replace("abc", "", "-", -1))
	fmt.Println(strings.Title("hello world"), strings.ToTitle("ǆx"), strings.ToUpper("straße"), strings.ToLower("İ"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("σ", "Σ"), strings.EqualFold("ß", "ss"))
	fmt.Println(strings.TrimLeft("xxabcxx", "x"), strings.TrimPrefix("xxabc", "x"), strings.TrimSpace("\t a b \n"), strings.Trim("¡¡hi!!", "!¡"))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit), strings.TrimRight("abc...", "."), strings.TrimSuffix("a.go.go", ".go"))
	fmt.Println(strings.Index("chicken", "ken"), strings.LastIndex("go gopher", "go"), strings.IndexByte("abc", 'c'), strings.IndexRune("chéri", 'r'), strings.IndexAny("golang", "ny"), strings.IndexFunc("Hello, 世界", unicode.IsUpper))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Repeat("ab", 3), strings.Contains("", ""), strings.ContainsAny("x", ""), strings.ContainsRune("abc", 'b'))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	s, ok := strings.CutPrefix("prefix-body", "prefix-")
	fmt.Println(s, ok)
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, "banana"))
	bad := "a\xffb\xc0\x80c€"
	for i, r := range bad {
		fmt.Printf("%d:%q(%U) ", i, r, r)
	}
	fmt.Println()
	fmt.Println(utf8.RuneCountInString(bad), len(bad), utf8.ValidString(bad), []rune(bad), []byte("é"))
	fmt.Printf("%q %+q %x\n", bad, "héllo", bad)
	fmt.Println(strings.ToValidUTF8(bad, "?"), string(rune(65)), string([]rune{0x4e16, 0x754c}), string(rune(-1)))
	b := []byte("héllo")
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		fmt.Print(string(r), size, " ")
		b = b[size:]
	}
	fmt.Println()
	r4, sz := utf8.DecodeLastRuneInString("abc€")
	fmt.Println(r4, sz, utf8.RuneLen('€'), utf8.RuneLen(-1), string(utf8.AppendRune(nil, 'ö')))
	fmt.Println(strings.Compare("a", "b"), strings.HasPrefix("golang", "go"), strings.LastIndexByte("abca", 'a'))
	fmt.Println(strings.Join(nil, ","), strings.Join([]string{"x"}, ", "), len(strings.Join([]string{"", ""}, "")))
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "[%d]", i)
	}
	sb.WriteByte('!')
	sb.WriteRune('é')
	fmt.Println(sb.String(), sb.Len())
	for w := range strings.SplitSeq("a-b-c", "-") {
		fmt.Print(w, ";")
	}
	for w := range strings.FieldsSeq(" x  y ") {
		fmt.Print(w, ";")
	}
	for l := range strings.Lines("l1\nl2\nl3") {
		fmt.Printf("%q", l)
	}
	fmt.Println()
}
