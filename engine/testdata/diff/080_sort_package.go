package main

import (
	"fmt"
	"sort"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
}

type BySalary []Employee

func (s BySalary) Len() int           { return len(s) }
func (s BySalary) Less(i, j int) bool { return s[i].Salary < s[j].Salary }
func (s BySalary) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	ints := []int{5, 2, 8, 1, 9, 3}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints), sort.SearchInts(ints, 8), sort.SearchInts(ints, 4))
	strs := []string{"pear", "Apple", "banana", "apple"}
	sort.Strings(strs)
	fmt.Println(strs)
	fl := []float64{2.5, -1, 3.25}
	sort.Float64s(fl)
	fmt.Println(fl)
	staff := []Employee{
		{"ann", "eng", 120}, {"bob", "ops", 90}, {"cat", "eng", 90},
		{"dan", "ops", 120}, {"eve", "eng", 100},
	}
	sort.Sort(BySalary(staff))
	fmt.Println(staff[0].Salary, staff[4].Salary)
	sort.SliceStable(staff, func(i, j int) bool { return staff[i].Dept < staff[j].Dept })
	fmt.Println(staff)
	sort.Slice(staff, func(i, j int) bool {
		if staff[i].Salary != staff[j].Salary {
			return staff[i].Salary > staff[j].Salary
		}
		return staff[i].Name < staff[j].Name
	})
	fmt.Println(staff)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	idx := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(idx)
	i, found := sort.Find(len(strs), func(i int) int {
		if "banana" < strs[i] {
			return -1
		} else if "banana" == strs[i] {
			return 0
		}
		return 1
	})
	fmt.Println(i, found)
}
