package main

import "fmt"

type Key struct {
	Name string
	Tags []string
}

func lookup(cache map[any]int, k any) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("lookup %v: %v", k, r)
		}
	}()
	return cache[k], nil
}

func equal(a, b any) (eq bool, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return a == b, nil
}

func main() {
	cache := map[any]int{"a": 1, 2: 2, [2]int{1, 2}: 3}
	for _, k := range []any{"a", 2, [2]int{1, 2}, []int{1}, map[string]int{}, Key{"k", nil}} {
		v, err := lookup(cache, k)
		fmt.Println(v, err)
	}
	pairs := [][2]any{{1, 1}, {1, 1.0}, {"x", "x"}, {[]int{1}, []int{1}}, {Key{}, Key{}}, {nil, nil}, {1, nil}, {[]int{1}, 5}}
	for _, p := range pairs {
		fmt.Println(equal(p[0], p[1]))
	}
	var a, b any = struct{ F func() }{}, struct{ F func() }{}
	fmt.Println(equal(a, b))
	cache[Key{"bad", []string{"x"}}] = 9
	fmt.Println("unreachable")
}
