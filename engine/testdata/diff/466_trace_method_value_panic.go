package main

import (
	"fmt"
	"sort"
)

type Student struct {
	Name   string
	Grades []int
}

func (s Student) Best() int {
	best := s.Grades[0]
	for _, g := range s.Grades[1:] {
		best = max(best, g)
	}
	return best
}

func rank(students []Student) {
	sort.Slice(students, func(i, j int) bool {
		return students[i].Best() > students[j].Best()
	})
}

func main() {
	class := []Student{
		{"ann", []int{70, 95}},
		{"bob", []int{88}},
		{"cid", []int{60, 75, 99}},
	}
	rank(class)
	for _, s := range class {
		fmt.Println(s.Name, s.Best())
	}
	best := class[0].Best
	fmt.Println("top:", best())
	class = append(class, Student{Name: "dan"})
	getters := []func() int{}
	for _, s := range class {
		getters = append(getters, s.Best)
	}
	for _, g := range getters {
		fmt.Println(g())
	}
}
