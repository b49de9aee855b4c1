package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Book struct {
	Title string
	Year  int
}

func main() {
	xs := []int{5, 3, 8, 3, 1, 8, 8, 2}
	s := slices.Clone(xs)
	slices.Sort(s)
	fmt.Println(s, xs, slices.IsSorted(s))
	i, found := slices.BinarySearch(s, 5)
	j, found2 := slices.BinarySearch(s, 4)
	fmt.Println(i, found, j, found2)
	fmt.Println(slices.Contains(xs, 8), slices.Index(xs, 8), slices.Index(xs, 42))
	fmt.Println(slices.Max(xs), slices.Min(xs), slices.Compact(s))
	r := []string{"a", "b", "c"}
	slices.Reverse(r)
	fmt.Println(r)
	ins := slices.Insert([]int{1, 2, 5}, 2, 3, 4)
	fmt.Println(ins, slices.Delete(ins, 1, 3))
	books := []Book{{"Dune", 1965}, {"Neuromancer", 1984}, {"Emma", 1815}, {"Ubik", 1969}}
	slices.SortFunc(books, func(a, b Book) int { return cmp.Compare(a.Year, b.Year) })
	fmt.Println(books)
	slices.SortStableFunc(books, func(a, b Book) int { return cmp.Compare(len(a.Title), len(b.Title)) })
	fmt.Println(books)
	k, ok := slices.BinarySearchFunc([]Book{{"A", 1}, {"B", 5}}, 5, func(b Book, y int) int { return cmp.Compare(b.Year, y) })
	fmt.Println(k, ok)
	fmt.Println(slices.IndexFunc(books, func(b Book) bool { return strings.HasPrefix(b.Title, "N") }))
	fmt.Println(slices.Equal([]int{1, 2}, []int{1, 2}), slices.Repeat([]string{"ab"}, 3))
	chunks := [][]int{}
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		chunks = append(chunks, c)
	}
	fmt.Println(chunks, slices.Collect(slices.Values([]int{7, 8})))
	fmt.Println(slices.MaxFunc(books, func(a, b Book) int { return strings.Compare(a.Title, b.Title) }))
}
