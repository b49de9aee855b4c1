package main

import (
	"bufio"
	"fmt"
	"strings"
)

func configure(sc *bufio.Scanner) {
	sc.Buffer(make([]byte, 16), 1024)
}

func main() {
	sc := bufio.NewScanner(strings.NewReader("a\nb\n"))
	sc.Scan()
	fmt.Println("first:", sc.Text())
	configure(sc)
	fmt.Println("unreachable")
}
