package main

import (
	"fmt"
	"sort"
	"strings"
)

func toRoman(n int) string {
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}

func fromRoman(s string) int {
	m := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v := m[s[i]]
		if i+1 < len(s) && m[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	return total
}

func rle(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] == s[i] {
			j++
		}
		fmt.Fprintf(&b, "%d%c", j-i, s[i])
		i = j
	}
	return b.String()
}

func balanced(s string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var stack []rune
	for _, r := range s {
		switch r {
		case '(', '[', '{':
			stack = append(stack, r)
		case ')', ']', '}':
			if len(stack) == 0 || stack[len(stack)-1] != pairs[r] {
				return false
			}
			stack = stack[:len(stack)-1]
		}
	}
	return len(stack) == 0
}

func anagrams(words []string) [][]string {
	groups := map[string][]string{}
	for _, w := range words {
		r := []rune(w)
		sort.Slice(r, func(i, j int) bool { return r[i] < r[j] })
		groups[string(r)] = append(groups[string(r)], w)
	}
	var out [][]string
	for _, g := range groups {
		if len(g) > 1 {
			out = append(out, g)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

func caesar(s string, k int) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(k)+26)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(k)+26)%26
		}
		return r
	}, s)
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999} {
		r := toRoman(n)
		fmt.Printf("%4d %-12s %4d\n", n, r, fromRoman(r))
	}
	fmt.Println(rle("aaabccddddde"), rle(""), rle("z"))
	for _, s := range []string{"([]{})", "([)]", "((", "", "}{"} {
		fmt.Printf("%q:%v ", s, balanced(s))
	}
	fmt.Println()
	fmt.Println(anagrams([]string{"listen", "silent", "enlist", "google", "gogole", "cat", "act", "dog"}))
	enc := caesar("Hello, World!", 3)
	fmt.Println(enc, caesar(enc, -3))
	for i := 1; i <= 15; i++ {
		switch {
		case i%15 == 0:
			fmt.Print("FizzBuzz")
		case i%3 == 0:
			fmt.Print("Fizz")
		case i%5 == 0:
			fmt.Print("Buzz")
		default:
			fmt.Print(i)
		}
		if i < 15 {
			fmt.Print(",")
		}
	}
	fmt.Println()
	rows := [][]int{{1}}
	for i := 1; i < 8; i++ {
		prev := rows[i-1]
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = prev[j-1] + prev[j]
		}
		rows = append(rows, row)
	}
	for i, r := range rows {
		fmt.Printf("%*s%v\n", (8-i)*2, "", r)
	}
}
