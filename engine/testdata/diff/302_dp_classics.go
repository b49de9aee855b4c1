package main

import (
	"fmt"
	"strings"
)

func lcs(a, b string) string {
	m, n := len(a), len(b)
	dp := make([][]int, m+1)
	for i := range dp {
		dp[i] = make([]int, n+1)
	}
	for i := 1; i <= m; i++ {
		for j := 1; j <= n; j++ {
			if a[i-1] == b[j-1] {
				dp[i][j] = dp[i-1][j-1] + 1
			} else {
				dp[i][j] = max(dp[i-1][j], dp[i][j-1])
			}
		}
	}
	var sb strings.Builder
	for i, j := m, n; i > 0 && j > 0; {
		switch {
		case a[i-1] == b[j-1]:
			sb.WriteByte(a[i-1])
			i--
			j--
		case dp[i-1][j] >= dp[i][j-1]:
			i--
		default:
			j--
		}
	}
	r := []byte(sb.String())
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func knapsack(weights, values []int, capacity int) (int, [11]int) {
	var best [11]int
	for i := range weights {
		for c := capacity; c >= weights[i]; c-- {
			if v := best[c-weights[i]] + values[i]; v > best[c] {
				best[c] = v
			}
		}
	}
	return best[capacity], best
}

func coinWays(coins []int, amount int) uint64 {
	ways := make([]uint64, amount+1)
	ways[0] = 1
	for _, c := range coins {
		for a := c; a <= amount; a++ {
			ways[a] += ways[a-c]
		}
	}
	return ways[amount]
}

func main() {
	fmt.Printf("lcs=%q\n", lcs("AGGTABQWERTY", "GXTXAYBWRT"))
	for _, p := range [][2]string{{"kitten", "sitting"}, {"", "abc"}, {"flaw", "lawn"}, {"intention", "execution"}} {
		fmt.Printf("%-10s %-10s %d\n", p[0], p[1], editDistance(p[0], p[1]))
	}
	v, table := knapsack([]int{1, 3, 4, 5}, []int{1, 4, 5, 7}, 10)
	fmt.Println(v, table)
	fmt.Println(coinWays([]int{1, 2, 5, 10, 25, 50}, 300))
	memo := map[int]int{}
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		memo[n] = fib(n-1) + fib(n-2)
		return memo[n]
	}
	fmt.Println(fib(90), len(memo))
}
