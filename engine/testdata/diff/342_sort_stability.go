package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
)

type Card struct {
	Rank int
	Suit string
	ID   int
}

func main() {
	suits := []string{"S", "H", "D", "C"}
	var cards []Card
	id := 0
	for r := 1; r <= 13; r++ {
		for _, s := range suits {
			cards = append(cards, Card{Rank: (r*7 + id) % 5, Suit: s, ID: id})
			id++
		}
	}
	a := slices.Clone(cards)
	sort.Slice(a, func(i, j int) bool { return a[i].Rank < a[j].Rank })
	for _, c := range a[:20] {
		fmt.Print(c.ID, " ")
	}
	fmt.Println()
	b := slices.Clone(cards)
	slices.SortFunc(b, func(x, y Card) int { return cmp.Compare(x.Suit, y.Suit) })
	for _, c := range b[:20] {
		fmt.Print(c.ID, " ")
	}
	fmt.Println()
	c := slices.Clone(cards)
	sort.SliceStable(c, func(i, j int) bool { return c[i].Rank > c[j].Rank })
	for _, x := range c[:20] {
		fmt.Print(x.ID, " ")
	}
	fmt.Println()
	d := slices.Clone(cards)
	slices.SortStableFunc(d, func(x, y Card) int { return cmp.Compare(x.Rank%3, y.Rank%3) })
	for _, x := range d[:20] {
		fmt.Print(x.ID, " ")
	}
	fmt.Println()
	nums := make([]int, 200)
	for i := range nums {
		nums[i] = (i * 7919) % 13
	}
	idx := make([]int, len(nums))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(i, j int) bool { return nums[idx[i]] < nums[idx[j]] })
	fmt.Println(idx[:30])
	people := []struct {
		Name string
		Age  int
	}{{"A", 30}, {"B", 25}, {"C", 30}, {"D", 25}, {"E", 40}, {"F", 30}, {"G", 25}, {"H", 30}, {"I", 25}, {"J", 40}, {"K", 30}, {"L", 25}, {"M", 30}}
	sort.Slice(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	strs := []string{"banana", "Apple", "cherry", "apple", "Banana", "date", "Cherry"}
	sort.Sort(sort.StringSlice(strs))
	fmt.Println(strs)
	slices.SortFunc(strs, func(a, b string) int { return cmp.Compare(len(a), len(b)) })
	fmt.Println(strs)
}
