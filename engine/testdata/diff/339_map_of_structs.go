package main

import (
	"fmt"
	"sort"
)

type Student struct {
	Name   string
	Grades []int
	Year   int
}

func (s Student) Average() float64 {
	if len(s.Grades) == 0 {
		return 0
	}
	sum := 0
	for _, g := range s.Grades {
		sum += g
	}
	return float64(sum) / float64(len(s.Grades))
}

func main() {
	roster := map[string]Student{
		"s1": {"Ana", []int{90, 85}, 2},
		"s2": {"Ben", []int{70}, 1},
		"s3": {"Caz", nil, 3},
	}
	s := roster["s2"]
	s.Grades = append(s.Grades, 100)
	roster["s2"] = s
	roster["s1"].Grades[0] = 95
	ptrs := map[string]*Student{}
	for id, st := range roster {
		st := st
		ptrs[id] = &st
	}
	ptrs["s3"].Year++
	ids := make([]string, 0, len(roster))
	for id := range roster {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		st := roster[id]
		fmt.Printf("%s %-4s year=%d/%d avg=%6.2f %v\n", id, st.Name, st.Year, ptrs[id].Year, st.Average(), st.Grades)
	}
	missing, ok := roster["zz"]
	fmt.Printf("%+v %v %v\n", missing, ok, missing.Average())
	byYear := map[int][]string{}
	for _, id := range ids {
		st := roster[id]
		byYear[st.Year] = append(byYear[st.Year], st.Name)
	}
	fmt.Println(byYear, len(byYear[9]))
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	type key struct {
		x, y int
	}
	visits := map[key]int{}
	visits[key{1, 2}] += 3
	visits[key{1, 2}]++
	fmt.Println(visits, visits[key{2, 1}])
	delete(visits, key{1, 2})
	delete(visits, key{9, 9})
	fmt.Println(len(visits), visits)
	nested := map[string]map[string]int{}
	add := func(a, b string) {
		if nested[a] == nil {
			nested[a] = map[string]int{}
		}
		nested[a][b]++
	}
	add("x", "y")
	add("x", "y")
	add("x", "z")
	add("w", "y")
	fmt.Println(nested)
	clear(nested["x"])
	fmt.Println(nested, len(nested))
	m2 := map[float64]string{0.1: "a", 1e9: "b", -1: "c"}
	fmt.Println(m2)
	mb := map[bool]int{true: 1, false: 0}
	fmt.Println(mb)
	var nilMap map[string]int
	fmt.Println(nilMap["x"], len(nilMap))
	for k, v := range nilMap {
		fmt.Println(k, v)
	}
	ifaceKeys := map[any]int{1: 1, "a": 2, 2.5: 3, true: 4}
	fmt.Println(len(ifaceKeys), ifaceKeys[1], ifaceKeys["a"], ifaceKeys[int64(1)])
}
