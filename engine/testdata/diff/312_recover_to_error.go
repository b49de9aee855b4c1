package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("safeDiv(%d, %d): %v", a, b, r)
		}
	}()
	return a / b, nil
}

func safeCall(name string, f func()) (err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		var re runtime.Error
		switch v := r.(type) {
		case runtime.Error:
			re = v
			err = fmt.Errorf("%s: runtime error caught: %w", name, re)
		case error:
			err = fmt.Errorf("%s: error: %w", name, v)
		default:
			err = fmt.Errorf("%s: panic %T: %v", name, v, v)
		}
	}()
	f()
	return nil
}

type custom struct{ code int }

func main() {
	fmt.Println(safeDiv(10, 3))
	fmt.Println(safeDiv(1, 0))
	var m map[string]int
	var p *custom
	var arr []int
	var i any = "str"
	tests := []struct {
		name string
		f    func()
	}{
		{"nilmap", func() { m["a"] = 1 }},
		{"nilptr", func() { fmt.Println(p.code) }},
		{"index", func() { _ = arr[5] }},
		{"slice", func() { s := []int{1, 2, 3}; lo := 2; _ = s[lo:1] }},
		{"assert", func() { _ = i.(int) }},
		{"errval", func() { panic(errors.New("plain error")) }},
		{"string", func() { panic("just a string") }},
		{"struct", func() { panic(custom{42}) }},
		{"int", func() { panic(12) }},
		{"ok", func() {}},
		{"closed", func() { c := make(chan int); close(c); close(c) }},
		{"conv", func() { s := []int{1}; _ = [2]int(s) }},
		{"neg", func() { n := -1; _ = make([]int, n) }},
	}
	for _, tc := range tests {
		err := safeCall(tc.name, tc.f)
		fmt.Println(err)
		var re runtime.Error
		if errors.As(err, &re) {
			fmt.Println("  is runtime.Error:", strings.HasPrefix(re.Error(), "runtime error"))
		}
	}
	defer func() {
		r := recover()
		fmt.Println("main recovered:", r)
		err, ok := r.(error)
		fmt.Println(ok, err)
	}()
	var arr2 [3]int
	idx := 3
	arr2[idx%4] = 1
}
