package main

import (
	"errors"
	"fmt"
	"runtime"
)

func safeCall(name string, f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(runtime.Error); ok {
				err = fmt.Errorf("%s: runtime error caught: %w", name, re)
				return
			}
			err = fmt.Errorf("%s: panic: %v", name, r)
		}
	}()
	f()
	return nil
}

type Stack struct{ items []int }

func (s *Stack) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func main() {
	var m map[string]int
	var p *Stack
	var i any = "str"
	zero := 0
	arr := []int{1, 2, 3}
	idx := 5
	tests := []struct {
		name string
		f    func()
	}{
		{"index", func() { _ = arr[idx] }},
		{"slice", func() { _ = arr[1:idx] }},
		{"slice2", func() { _ = arr[idx-2 : 1] }},
		{"nilmap", func() { m["x"] = 1 }},
		{"nilptr", func() { p.Pop() }},
		{"empty", func() { (&Stack{}).Pop() }},
		{"div", func() { _ = 10 / zero }},
		{"assert", func() { _ = i.(int) }},
		{"custom", func() { panic("custom message") }},
		{"error", func() { panic(errors.New("boom")) }},
		{"ok", func() {}},
	}
	for _, tc := range tests {
		err := safeCall(tc.name, tc.f)
		fmt.Println(err)
		var re runtime.Error
		if errors.As(err, &re) {
			fmt.Println("   is runtime.Error:", re.Error())
		}
	}
}
