package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-17", "3.0", "abc", "99999999999999999999", ""} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	fmt.Println(strconv.Itoa(-45), strconv.Quote("tab\there \"q\" é"), strconv.QuoteToASCII("é☺"))
	for _, s := range []string{"3.25", "1e3", "-0", "inf", "NaN", "0x1p-2", "1.5.2"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	for _, b := range []int{2, 8, 16, 36} {
		fmt.Print(strconv.FormatInt(-255, b), " ", strconv.FormatUint(255, b), " ")
	}
	fmt.Println()
	for _, s := range []string{"true", "F", "1", "yes"} {
		v, err := strconv.ParseBool(s)
		fmt.Println(v, err)
	}
	i, err := strconv.ParseInt("ff", 16, 64)
	fmt.Println(i, err)
	i, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(i, err)
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, 1234, 10)
	buf = strconv.AppendQuote(append(buf, ' '), "x")
	buf = strconv.AppendBool(append(buf, ' '), false)
	fmt.Println(string(buf))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.1, 'e', 3, 32))
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", s, err)
	_, err = strconv.Unquote("bad")
	fmt.Println(err)
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println("num error", ne.Func)
	}
	_, err = strconv.Atoi("12a")
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err, ne.Err == strconv.ErrSyntax)
	}
}
