package main

import (
	"errors"
	"fmt"
)

var ErrEmpty = errors.New("stack is empty")

type Stack []int

func (s *Stack) Pop() int {
	if len(*s) == 0 {
		panic(fmt.Errorf("pop: %w", ErrEmpty))
	}
	v := (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return v
}

func eval(tokens []string) int {
	var st Stack
	for _, tok := range tokens {
		switch tok {
		case "+", "*":
			b, a := st.Pop(), st.Pop()
			if tok == "+" {
				st = append(st, a+b)
			} else {
				st = append(st, a*b)
			}
		default:
			var n int
			fmt.Sscan(tok, &n)
			st = append(st, n)
		}
	}
	return st.Pop()
}

func main() {
	fmt.Println(eval([]string{"2", "3", "+", "4", "*"}))
	fmt.Println(eval([]string{"1", "+"}))
}
