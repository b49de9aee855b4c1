package main

import (
	"fmt"
	"math/rand/v2"
)

type Point struct{ X, Y float64 }

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	fmt.Println(r.IntN(100), r.IntN(100), r.Int64(), r.Uint64())
	fmt.Println(r.Perm(6), r.Int32N(50), r.Uint32())
	inside := 0
	const n = 10000
	for range n {
		p := Point{r.Float64(), r.Float64()}
		if p.X*p.X+p.Y*p.Y <= 1 {
			inside++
		}
	}
	fmt.Printf("pi ~ %.4f (%d/%d)\n", 4*float64(inside)/n, inside, n)
	names := []string{"ann", "bob", "cid", "dee", "eve"}
	r.Shuffle(len(names), func(i, j int) { names[i], names[j] = names[j], names[i] })
	fmt.Println(names)
	c := rand.New(rand.NewChaCha8([32]byte{1, 2, 3}))
	fmt.Println(c.IntN(1000), c.Uint64(), c.IntN(10))
	fmt.Printf("%.5f %.5f\n", r.NormFloat64(), r.ExpFloat64())
	fmt.Println(rand.N[int64](1) == 0)
}
