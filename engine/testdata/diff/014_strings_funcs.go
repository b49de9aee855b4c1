package main

import (
	"fmt"
	"strings"
	"unicode"
)

func parseKV(line string) (string, string, bool) {
	k, v, ok := strings.Cut(line, "=")
	return strings.TrimSpace(k), strings.Trim(strings.TrimSpace(v), `"`), ok
}

func main() {
	cfg := "name = \"inventory\"\n  port=8080 \n# comment\ndebug = true\nbroken line\n"
	for _, line := range strings.Split(strings.TrimRight(cfg, "\n"), "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		k, v, ok := parseKV(line)
		fmt.Printf("%q %q %v\n", k, v, ok)
	}
	s := "The quick brown fox jumps over the lazy dog"
	fmt.Println(strings.Index(s, "o"), strings.LastIndex(s, "o"), strings.IndexByte(s, 'q'))
	fmt.Println(strings.IndexRune("chicken", 'k'), strings.IndexAny(s, "xyz"), strings.IndexFunc(s, unicode.IsUpper))
	fmt.Println(strings.Contains(s, "fox"), strings.ContainsRune(s, 'z'), strings.ContainsAny(s, "!?"))
	fmt.Println(strings.Replace(s, "o", "0", 2), "|", strings.ReplaceAll(s, " ", "_"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("straße", "STRASSE"))
	fmt.Println(strings.ToUpper("héllo"), strings.ToLower("ÀÉÎ"), strings.Repeat("ab", 3))
	fmt.Printf("%q\n", strings.Fields("  a  b\tc\n"))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a.b.c", "."))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, ", "))
	fmt.Println(strings.TrimLeft("xxhixx", "x"), strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go", ".go"))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit), strings.ToTitle("go"))
	rot13 := func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "Hello, Gopher!"))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""))
	before, found := strings.CutPrefix("v1.2.3", "v")
	fmt.Println(before, found, strings.Compare("a", "b"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>bold</b>"))
}
