package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"strings"
)

// commaSplit splits on commas and trims spaces around each field.
func commaSplit(data []byte, atEOF bool) (int, []byte, error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if i := bytes.IndexByte(data, ','); i >= 0 {
		return i + 1, bytes.TrimSpace(data[:i]), nil
	}
	if atEOF {
		return len(data), bytes.TrimSpace(data), nil
	}
	return 0, nil, nil
}

var errStop = errors.New("stop token found")

func main() {
	sc := bufio.NewScanner(strings.NewReader("red, green ,blue,, yellow"))
	sc.Split(commaSplit)
	for sc.Scan() {
		fmt.Printf("[%s]\n", sc.Text())
	}
	fmt.Println("err:", sc.Err())

	sc = bufio.NewScanner(strings.NewReader("one two STOP three"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		if err == nil && string(tok) == "STOP" {
			return 0, nil, errStop
		}
		return adv, tok, err
	})
	for sc.Scan() {
		fmt.Println("word:", sc.Text())
	}
	fmt.Println("err:", sc.Err(), errors.Is(sc.Err(), errStop))

	sc = bufio.NewScanner(strings.NewReader("a b c END d e"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		if string(tok) == "END" {
			return adv, tok, bufio.ErrFinalToken
		}
		return adv, tok, err
	})
	for sc.Scan() {
		fmt.Print(sc.Text(), ";")
	}
	fmt.Println(" err:", sc.Err())

	sc = bufio.NewScanner(strings.NewReader("héllo"))
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println()
	sc = bufio.NewScanner(strings.NewReader("hi!"))
	sc.Split(bufio.ScanBytes)
	for sc.Scan() {
		fmt.Print(sc.Bytes(), " ")
	}
	fmt.Println()

	long := strings.Repeat("x", 100) + "\nshort\n"
	sc = bufio.NewScanner(strings.NewReader(long))
	sc.Buffer(make([]byte, 10), 50)
	for sc.Scan() {
		fmt.Println("line:", sc.Text())
	}
	fmt.Println("err:", sc.Err(), sc.Err() == bufio.ErrTooLong)

	sc = bufio.NewScanner(strings.NewReader("x"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) { return -1, nil, nil })
	fmt.Println(sc.Scan(), sc.Err())
	sc = bufio.NewScanner(strings.NewReader("x"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) { return 5, nil, nil })
	fmt.Println(sc.Scan(), sc.Err())
}
