package main

import "fmt"

func removeAt(s []int, i int) []int { return append(s[:i], s[i+1:]...) }

func main() {
	base := []int{10, 20, 30, 40, 50}
	view := base[1:3]
	view[0] = 21
	fmt.Println(base, view, len(view), cap(view))
	view = append(view, 99) // overwrites base[3]
	fmt.Println(base, view)
	view = append(view, 100, 101) // exceeds cap: new array
	view[0] = -1
	fmt.Println(base, view)

	nums := []int{1, 2, 3, 4, 5}
	trimmed := removeAt(nums, 1)
	fmt.Println(trimmed, nums)

	full := []int{1, 2, 3, 4, 5}
	lim := full[1:3:3]
	fmt.Println(lim, len(lim), cap(lim))
	lim = append(lim, 7)
	fmt.Println(full, lim)

	dst := make([]int, 3)
	n := copy(dst, full)
	fmt.Println(n, dst)
	n = copy(full[1:], full)
	fmt.Println(n, full)
	bs := make([]byte, 4)
	n = copy(bs, "héllo")
	fmt.Println(n, bs)

	var nilS []int
	empty := []int{}
	made := make([]int, 0)
	fmt.Println(nilS == nil, empty == nil, made == nil, len(nilS), cap(empty))
	fmt.Printf("%v %v %#v %#v\n", nilS, empty, nilS, empty)
	nilS = append(nilS, 1)
	fmt.Println(nilS)
	for i := range nilS[:0] {
		fmt.Println("never", i)
	}
	grid := make([][]rune, 3)
	row := []rune("...")
	for i := range grid {
		grid[i] = row // all rows alias the same backing array
	}
	grid[1][1] = '#'
	for _, r := range grid {
		fmt.Println(string(r))
	}
}
