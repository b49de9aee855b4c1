package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	inputs := []string{"42", "-17", "3.14", "abc", "", "99999999999999999999", "0x1F", "1_000", " 5", "+8"}
	for _, in := range inputs {
		n, err := strconv.Atoi(in)
		if err != nil {
			fmt.Printf("Atoi(%q): %v\n", in, err)
			var ne *strconv.NumError
			if errors.As(err, &ne) {
				fmt.Printf("  func=%s num=%q err=%v range=%t syntax=%t\n", ne.Func, ne.Num, ne.Err,
					errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax))
			}
			continue
		}
		fmt.Printf("Atoi(%q) = %d\n", in, n)
	}
	for _, in := range []string{"0x1F", "0b101", "0o17", "017", "1_000", "-0x80"} {
		n, err := strconv.ParseInt(in, 0, 8)
		fmt.Println(in, n, err)
	}
	u, err := strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
	for _, in := range []string{"1e308", "1e309", "-1e-400", "NaN", "inf", "-Infinity", "0x1p-2", "1.5e", ".5"} {
		f, err := strconv.ParseFloat(in, 64)
		fmt.Println(in, f, err)
	}
	f32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f32, err)
	for _, in := range []string{"true", "T", "0", "yes"} {
		b, err := strconv.ParseBool(in)
		fmt.Println(b, err)
	}
	fmt.Println(strconv.Itoa(-99), strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatUint(1<<63, 36))
	fmt.Println(strconv.FormatFloat(1.0/3, 'f', 4, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(123456789, 'e', 3, 64))
	fmt.Println(strconv.FormatFloat(0.1, 'f', -1, 32), strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(3.5, 'f', 0, 64))
	fmt.Println(strconv.Quote("tab\there \"q\" é \x00"), strconv.QuoteToASCII("é世"), strconv.QuoteRune('☺'))
	s, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Println(s, err)
	_, err = strconv.Unquote(`"unterminated`)
	fmt.Println(err)
	b := strconv.AppendInt([]byte("n="), -5, 10)
	b = strconv.AppendQuote(b, "x")
	fmt.Println(string(b))
	c, err := strconv.ParseComplex("1+2i", 128)
	fmt.Println(c, err)
}
