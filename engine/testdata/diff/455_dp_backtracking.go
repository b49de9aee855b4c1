package main

import (
	"fmt"
	"strings"
)

func knapsack(weights, values []int, capacity int) (int, []int) {
	n := len(weights)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, capacity+1)
	}
	for i := 1; i <= n; i++ {
		for w := 0; w <= capacity; w++ {
			dp[i][w] = dp[i-1][w]
			if weights[i-1] <= w {
				if v := dp[i-1][w-weights[i-1]] + values[i-1]; v > dp[i][w] {
					dp[i][w] = v
				}
			}
		}
	}
	var chosen []int
	for i, w := n, capacity; i > 0; i-- {
		if dp[i][w] != dp[i-1][w] {
			chosen = append([]int{i - 1}, chosen...)
			w -= weights[i-1]
		}
	}
	return dp[n][capacity], chosen
}

func lcs(a, b string) string {
	m, n := len(a), len(b)
	var dp [20][20]int
	for i := m - 1; i >= 0; i-- {
		for j := n - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = 1 + dp[i+1][j+1]
			} else {
				dp[i][j] = max(dp[i+1][j], dp[i][j+1])
			}
		}
	}
	var sb strings.Builder
	for i, j := 0, 0; i < m && j < n; {
		switch {
		case a[i] == b[j]:
			sb.WriteByte(a[i])
			i++
			j++
		case dp[i+1][j] >= dp[i][j+1]:
			i++
		default:
			j++
		}
	}
	return sb.String()
}

func nQueens(n int) (count int, first []string) {
	cols := make([]bool, n)
	d1 := make([]bool, 2*n)
	d2 := make([]bool, 2*n)
	pos := make([]int, n)
	var place func(r int)
	place = func(r int) {
		if r == n {
			count++
			if first == nil {
				for _, c := range pos {
					first = append(first, strings.Repeat(".", c)+"Q"+strings.Repeat(".", n-c-1))
				}
			}
			return
		}
		for c := 0; c < n; c++ {
			if cols[c] || d1[r+c] || d2[r-c+n] {
				continue
			}
			cols[c], d1[r+c], d2[r-c+n] = true, true, true
			pos[r] = c
			place(r + 1)
			cols[c], d1[r+c], d2[r-c+n] = false, false, false
		}
	}
	place(0)
	return
}

func coinWays(coins []int, amount int) []int64 {
	ways := make([]int64, amount+1)
	ways[0] = 1
	for _, c := range coins {
		for a := c; a <= amount; a++ {
			ways[a] += ways[a-c]
		}
	}
	return ways
}

func editDistance(a, b []rune) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

func main() {
	fmt.Println(knapsack([]int{1, 3, 4, 5}, []int{1, 4, 5, 7}, 7))
	fmt.Printf("%q\n", lcs("AGGTAB", "GXTXAYB"))
	for _, n := range []int{4, 6, 8} {
		c, f := nQueens(n)
		fmt.Println(n, c, f)
	}
	fmt.Println(coinWays([]int{1, 2, 5}, 12))
	fmt.Println(editDistance([]rune("kitten"), []rune("sitting")), editDistance([]rune("héllo"), []rune("hello")))
}
