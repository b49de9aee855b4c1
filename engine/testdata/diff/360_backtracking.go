package main

import (
	"fmt"
	"sort"
	"strings"
)

func permutations(s []rune) []string {
	var out []string
	var rec func(k int)
	rec = func(k int) {
		if k == len(s) {
			out = append(out, string(s))
			return
		}
		seen := map[rune]bool{}
		for i := k; i < len(s); i++ {
			if seen[s[i]] {
				continue
			}
			seen[s[i]] = true
			s[k], s[i] = s[i], s[k]
			rec(k + 1)
			s[k], s[i] = s[i], s[k]
		}
	}
	rec(0)
	sort.Strings(out)
	return out
}

func nQueens(n int) (count int, first []int) {
	cols := make([]bool, n)
	d1 := make([]bool, 2*n)
	d2 := make([]bool, 2*n)
	pos := make([]int, n)
	var place func(r int)
	place = func(r int) {
		if r == n {
			if count == 0 {
				first = append([]int(nil), pos...)
			}
			count++
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

func subsetsSum(nums []int, target int) [][]int {
	var res [][]int
	var cur []int
	var dfs func(i, sum int)
	dfs = func(i, sum int) {
		if sum == target {
			res = append(res, append([]int{}, cur...))
		}
		for j := i; j < len(nums); j++ {
			if sum+nums[j] > target || (j > i && nums[j] == nums[j-1]) {
				continue
			}
			cur = append(cur, nums[j])
			dfs(j+1, sum+nums[j])
			cur = cur[:len(cur)-1]
		}
	}
	sort.Ints(nums)
	dfs(0, 0)
	return res
}

func hanoi(n int, from, to, via string, moves *[]string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, from+"->"+to)
	hanoi(n-1, via, to, from, moves)
}

func main() {
	p := permutations([]rune("aabc"))
	fmt.Println(len(p), p[:5], p[len(p)-1])
	for n := 4; n <= 8; n++ {
		c, f := nQueens(n)
		fmt.Printf("%d-queens: %2d solutions, first %v\n", n, c, f)
	}
	_, f := nQueens(6)
	for _, c := range f {
		fmt.Println(strings.Repeat(". ", c) + "Q " + strings.Repeat(". ", 5-c))
	}
	fmt.Println(subsetsSum([]int{10, 1, 2, 7, 6, 1, 5}, 8))
	var moves []string
	hanoi(4, "A", "C", "B", &moves)
	fmt.Println(len(moves), moves[:7])
}
