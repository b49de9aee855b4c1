package main

import "fmt"

type Item struct {
	Name  string
	Price float64
	Qty   int
}

func main() {
	var ints []int
	last := -1
	for i := 0; i < 2000; i++ {
		ints = append(ints, i)
		if cap(ints) != last {
			fmt.Print(cap(ints), " ")
			last = cap(ints)
		}
	}
	fmt.Println()
	var strs []string
	last = -1
	for i := 0; i < 600; i++ {
		strs = append(strs, "x")
		if cap(strs) != last {
			fmt.Print(cap(strs), " ")
			last = cap(strs)
		}
	}
	fmt.Println()
	var items []Item
	last = -1
	for i := 0; i < 300; i++ {
		items = append(items, Item{"widget", 1.5, i})
		if cap(items) != last {
			fmt.Print(cap(items), " ")
			last = cap(items)
		}
	}
	fmt.Println()
	var bs []byte
	last = -1
	for i := 0; i < 5000; i++ {
		bs = append(bs, 'a')
		if cap(bs) != last {
			fmt.Print(cap(bs), " ")
			last = cap(bs)
		}
	}
	fmt.Println()
	many := append([]int(nil), 1, 2, 3, 4, 5)
	fmt.Println(len(many), cap(many))
	many = append(many, make([]int, 13)...)
	fmt.Println(len(many), cap(many))
	b2 := append([]byte("hi"), " there, how are you"...)
	fmt.Println(len(b2), cap(b2))
	s3 := append(make([]string, 0, 1), "a", "b", "c")
	fmt.Println(len(s3), cap(s3))
	i5 := append([]int{1, 2, 3}, 4)
	fmt.Println(len(i5), cap(i5))
	big := append([]int64(nil), make([]int64, 1000)...)
	fmt.Println(len(big), cap(big))
	it := append([]Item{}, make([]Item, 7)...)
	fmt.Println(len(it), cap(it))
	m := make([]int, 5, 5)
	m = append(m, 1)
	fmt.Println(len(m), cap(m))
	// Printing the slices makes them escape to the heap: the caps above are
	// the runtime's growslice policy, not a stack buffer's.
	fmt.Println(ints[:3], strs[:2], items[:1], bs[:2], many[:2], b2[:2], s3, i5, big[:1], it[:1], m)
}
