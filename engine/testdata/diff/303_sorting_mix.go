package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Salary float64
	Age    int
}

type byAge []Employee

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].Age < a[j].Age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	staff := []Employee{
		{"Alice", "eng", 120000, 34},
		{"bob", "eng", 95000, 28},
		{"Carol", "sales", 70000, 45},
		{"dave", "sales", 70000, 31},
		{"Eve", "ops", 88000.5, 28},
		{"Frank", "eng", 120000, 52},
	}
	sort.Sort(byAge(staff))
	for _, e := range staff {
		fmt.Printf("%-6s|%3d\n", e.Name, e.Age)
	}
	sort.SliceStable(staff, func(i, j int) bool { return staff[i].Dept < staff[j].Dept })
	fmt.Println(staff[0].Name, staff[len(staff)-1].Name)
	slices.SortFunc(staff, func(a, b Employee) int {
		return cmp.Or(
			cmp.Compare(b.Salary, a.Salary),
			strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)),
		)
	})
	for i, e := range staff {
		fmt.Printf("%d. %-8s %-6s %10.2f\n", i+1, e.Name, e.Dept, e.Salary)
	}
	names := make([]string, 0, len(staff))
	for _, e := range staff {
		names = append(names, e.Name)
	}
	sort.Strings(names)
	fmt.Println(names, sort.StringsAreSorted(names))
	i := sort.SearchStrings(names, "Carol")
	j, found := slices.BinarySearch(names, "Zed")
	fmt.Println(i, j, found)
	idx, ok := slices.BinarySearchFunc(staff, 88000.5, func(e Employee, t float64) int { return cmp.Compare(t, e.Salary) })
	fmt.Println(idx, ok)
	nums := []int{5, 2, 8, 2, 9, 1, 5, 5}
	sort.Sort(sort.Reverse(sort.IntSlice(nums)))
	fmt.Println(nums)
	slices.Sort(nums)
	fmt.Println(slices.Compact(nums), slices.Index(nums, 8))
	k := sort.Search(100, func(n int) bool { return n*n >= 50 })
	fmt.Println("first n with n*n>=50:", k)
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl, slices.Max(fl), slices.Min(fl))
	byDept := map[string][]string{}
	for _, e := range staff {
		byDept[e.Dept] = append(byDept[e.Dept], e.Name)
	}
	fmt.Println(byDept)
}
