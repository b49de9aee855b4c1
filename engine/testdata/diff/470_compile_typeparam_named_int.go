package main

import "fmt"

// A learner writes a method on a generic type as if instantiating it:
// Box[int] in a receiver declares a type parameter named int.
type Box[T any] struct {
	items []T
}

func (b *Box[T]) Add(v T) { b.items = append(b.items, v) }

func (b Box[int]) Total() int {
	total := 0
	for _, v := range b.items {
		total += v
	}
	return total
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[string, V]) Label() string { return p.Key + ":" + fmt.Sprint(p.Val) }

func Sum[float64 any](xs []float64) float64 {
	var s float64
	for _, x := range xs {
		s += x
	}
	return s * 1.5
}

func main() {
	var b Box[int]
	b.Add(3)
	fmt.Println(b.Total(), Pair[string, int]{"a", 1}.Label(), Sum([]float64{1}))
}
