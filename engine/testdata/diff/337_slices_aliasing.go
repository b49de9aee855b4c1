package main

import (
	"fmt"
	"slices"
)

func appendAndModify(s []int) []int {
	s = append(s, 100)
	s[0] = -1
	return s
}

func removeAt(s []string, i int) []string {
	return append(s[:i], s[i+1:]...)
}

func main() {
	base := make([]int, 3, 10)
	for i := range base {
		base[i] = i + 1
	}
	a := appendAndModify(base)
	fmt.Println(base, a, len(base), cap(base), len(a), cap(a))
	full := []int{1, 2, 3}
	b := appendAndModify(full)
	fmt.Println(full, b, cap(full), cap(b))

	orig := []int{0, 1, 2, 3, 4, 5, 6, 7}
	win := orig[2:5]
	fmt.Println(win, len(win), cap(win))
	win = append(win, 99)
	fmt.Println(orig)
	limited := orig[2:5:5]
	limited = append(limited, 77)
	limited[0] = 55
	fmt.Println(orig, limited, cap(limited))

	names := []string{"ann", "bob", "cid", "dee"}
	view := names[:]
	short := removeAt(names, 1)
	fmt.Println(short, names, view)

	dst := make([]int, 2)
	n := copy(dst, []int{7, 8, 9})
	fmt.Println(n, dst)
	over := []int{1, 2, 3, 4, 5}
	copy(over[1:], over)
	fmt.Println(over)
	bs := make([]byte, 3)
	copy(bs, "héllo")
	fmt.Println(bs, string(bs))

	var grid [][]int
	row := []int{0, 0, 0}
	for i := 0; i < 3; i++ {
		grid = append(grid, row)
	}
	grid[0][0] = 9
	fmt.Println(grid)
	grid2 := make([][]int, 3)
	for i := range grid2 {
		grid2[i] = make([]int, 3)
	}
	grid2[0][0] = 9
	fmt.Println(grid2)

	cl := slices.Clone(orig[:3])
	cl[0] = 1000
	fmt.Println(orig[:3], cl)
	ins := slices.Insert([]int{1, 2, 5}, 2, 3, 4)
	del := slices.Delete([]int{0, 1, 2, 3, 4}, 1, 3)
	fmt.Println(ins, del, slices.Contains(del, 3), slices.Equal(ins, []int{1, 2, 3, 4, 5}))
	rev := []string{"a", "b", "c"}
	slices.Reverse(rev)
	fmt.Println(rev, slices.Repeat([]int{1, 2}, 3), slices.Concat([]int{1}, nil, []int{2, 3}))
	var nilS []int
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), cap(empty), fmt.Sprint(nilS), fmt.Sprint(empty))
	nilS = append(nilS, empty...)
	fmt.Println(nilS == nil)
	grow := slices.Grow([]int{1}, 10)
	fmt.Println(len(grow), cap(grow) >= 11)
	e := orig[len(orig):]
	fmt.Println(len(e), cap(e), orig[8:], orig[3:3])
	clipped := slices.Clip(orig[:2])
	fmt.Println(len(clipped), cap(clipped))
}
