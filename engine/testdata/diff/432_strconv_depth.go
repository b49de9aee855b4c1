package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-17", "+5", "0x1F", "1_000", "08", "", " 3", "9223372036854775808", "3.0"} {
		n, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, n, err)
	}
	for _, s := range []string{"0x1F", "0b101", "0o17", "017", "1_000", "-0x80"} {
		n, err := strconv.ParseInt(s, 0, 8)
		fmt.Printf("ParseInt(%q,0,8) = %d, %v\n", s, n, err)
	}
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
	for _, s := range []string{"3.14", "1e10", "-0", "inf", "-Inf", "NaN", "0x1p-2", "1e400", "abc", ".5", "1_0.5"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Printf("ParseFloat(%q) = %v, %v\n", s, f, err)
	}
	f32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f32, err)
	for _, s := range []string{"true", "T", "1", "FALSE", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(b, err)
	}
	v := 1234.5678
	fmt.Println(strconv.FormatFloat(v, 'f', 2, 64), strconv.FormatFloat(v, 'e', 3, 64), strconv.FormatFloat(v, 'g', -1, 64), strconv.FormatFloat(v, 'G', 5, 64), strconv.FormatFloat(0.1, 'f', -1, 32), strconv.FormatFloat(v, 'b', -1, 64), strconv.FormatFloat(v, 'x', -1, 64))
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(35, 36), strconv.FormatUint(1<<63, 2), strconv.Itoa(-0))
	fmt.Println(strconv.Quote("héllo\n\"world\"\x00"), strconv.QuoteToASCII("héllo☺"), strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('\n'), strconv.QuoteToGraphic("a\u00a0b"))
	for _, s := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `"bad`, `"\u263a"`, `'ab'`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("Unquote(%s) = %q, %v\n", s, u, err)
	}
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, -42, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendQuote(buf, "q")
	buf = strconv.AppendBool(append(buf, ' '), true)
	buf = strconv.AppendFloat(append(buf, ' '), 2.5, 'f', 1, 64)
	fmt.Println(string(buf))
	fmt.Println(strconv.IsPrint('\u00a0'), strconv.IsGraphic('\u00a0'), strconv.CanBackquote("a`b"), strconv.IntSize)
	r, mb, tail, err := strconv.UnquoteChar(`\u00e9rest`, '"')
	fmt.Println(string(r), mb, tail, err)
	_, err = strconv.ParseInt("12", 1, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("12", 10, 65)
	fmt.Println(err)
	ne := &strconv.NumError{Func: "Custom", Num: "x", Err: strconv.ErrSyntax}
	fmt.Println(ne, ne.Unwrap())
}
