package main

import "fmt"

type Grid [3][3]int

func (g Grid) Transposed() Grid {
	for i := 0; i < 3; i++ {
		for j := i + 1; j < 3; j++ {
			g[i][j], g[j][i] = g[j][i], g[i][j]
		}
	}
	return g
}

func (g *Grid) Fill(v int) {
	for i := range g {
		for j := range g[i] {
			g[i][j] = v + i*3 + j
		}
	}
}

var trace []string

func f(name string, v int) int {
	trace = append(trace, name)
	return v
}

type S struct{ A, B int }

func main() {
	var g Grid
	g.Fill(1)
	t := g.Transposed()
	fmt.Println(g, t, g == t, g[1] == t[1])
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("range copy sees", v)
		}
	}
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		if i == 2 {
			fmt.Println("range slice sees", v)
		}
	}
	for i := range sl {
		sl = append(sl, i)
	}
	fmt.Println(len(sl), sl)
	a := []int{0, 1, 2, 3}
	i := 1
	i, a[i] = 2, 9
	fmt.Println(i, a)
	a[0], a[1], a[2] = a[2], a[0], a[1]
	fmt.Println(a)
	x := []int{1, 2, 3, 4, 5}
	copy(x[1:], x)
	fmt.Println(x)
	y := x[:2]
	y = append(y, 77)
	fmt.Println(x, y, len(y), cap(y))
	z := x[1:3:3]
	z = append(z, 88)
	fmt.Println(x, z)
	m := map[string]int{"a": 1}
	m["b"] = f("rhs", 2) + f("rhs2", 3)
	_ = []int{f("e1", 1), f("e2", 2)}
	fmt.Println(trace, m)
	s1 := S{1, 2}
	s2 := s1
	s2.A = 10
	ps := &s1
	ps.B = 20
	fmt.Println(s1, s2, s1 == S{1, 20})
	arrOfS := [2]S{{1, 1}, {2, 2}}
	cp := arrOfS
	cp[0].A = 99
	fmt.Println(arrOfS, cp)
	mm := map[string]S{"k": {1, 2}}
	v := mm["k"]
	v.A = 50
	fmt.Println(mm, v)
	mp := map[string]*S{"k": {1, 2}}
	mp["k"].A = 50
	fmt.Println(*mp["k"])
	ms := map[string][]int{"k": {1}}
	ms["k"][0] = 7
	ms["k"] = append(ms["k"], 8)
	fmt.Println(ms)
	str := "hello"
	bs := []byte(str)
	bs[0] = 'J'
	fmt.Println(str, string(bs))
	var fns [3]func() int
	for i := range fns {
		fns[i] = func() int { return i * 10 }
	}
	fmt.Println(fns[0](), fns[1](), fns[2]())
	n := 0
	inc := func() int { n++; return n }
	fmt.Println(inc(), inc(), n)
	k := 5
	defer fmt.Println("deferred k", k)
	k = 6
}
