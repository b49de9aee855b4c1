package main

import (
	"container/ring"
	"fmt"
)

func main() {
	r := ring.New(5)
	n := r.Len()
	for i := 0; i < n; i++ {
		r.Value = i
		r = r.Next()
	}
	r.Do(func(p any) { fmt.Print(p.(int), " ") })
	fmt.Println()
	r = r.Move(2)
	r.Do(func(p any) { fmt.Print(p, " ") })
	fmt.Println(r.Prev().Value, r.Len())
	removed := r.Unlink(2)
	fmt.Println(removed.Len(), r.Len())
	removed.Do(func(p any) { fmt.Print(p, ",") })
	r.Do(func(p any) { fmt.Print(p, ";") })
	fmt.Println()
	s := ring.New(2)
	s.Value, s.Next().Value = "a", "b"
	r.Link(s)
	r.Do(func(p any) { fmt.Print(p, " ") })
	fmt.Println(r.Len())
	var z ring.Ring
	fmt.Println(z.Len(), z.Next() == &z, z.Value)
	var np *ring.Ring
	fmt.Println(np.Len(), ring.New(0) == nil)
	sum := 0
	w := ring.New(4)
	for i := 1; i <= 10; i++ {
		w.Value = i
		w = w.Next()
		sum = 0
		w.Do(func(v any) {
			if v != nil {
				sum += v.(int)
			}
		})
		fmt.Print(sum, " ")
	}
	fmt.Println()
}
