package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%-8s %v\n", name, r)
		}
	}()
	f()
	fmt.Printf("%-8s ok\n", name)
}

func main() {
	s := make([]int, 3, 5)
	arr := [4]int{1, 2, 3, 4}
	str := "héllo"
	i, j, k := 2, 1, 6
	neg := -1
	try("s[a:b]", func() { _ = s[i:j] })
	try("s[:k]", func() { _ = s[:k] })
	try("s[k:]", func() { _ = s[k:] })
	try("s[:4]", func() { fmt.Println(len(s[:4]), cap(s[:4])) })
	try("s[1:2:k]", func() { _ = s[1:2:k] })
	try("s[1:3:2]", func() { _ = s[1:3:i] })
	try("s[j:i:i]", func() { t := s[j:i:i]; fmt.Println(len(t), cap(t)) })
	try("arr[i]", func() { _ = arr[k] })
	try("arr[:k]", func() { _ = arr[:k] })
	try("str[k]", func() { _ = str[k] })
	try("str[a:b]", func() { _ = str[i:j] })
	try("str[:k+9]", func() { _ = str[:k+9] })
	try("s[neg]", func() { _ = s[neg] })
	try("make", func() { _ = make([]int, neg) })
	try("makecap", func() { _ = make([]int, 5, i) })
	try("conv", func() { _ = [5]int(s) })
	try("ptrarr", func() { var p *[3]int; _ = p[1] })
	try("copy", func() { fmt.Println(copy(s, []int{9, 9, 9, 9, 9})) })
	try("mapnil", func() { var m map[[2]int]bool; m[[2]int{1, 2}] = true })
	try("shift", func() { sh := neg; _ = 1 << sh })
	var big uint64 = 1 << 40
	try("bigidx", func() { _ = s[big] })
	fmt.Println(s[:cap(s)], s[i:], str[1:3], str[i:])
}
