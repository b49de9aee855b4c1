package main

import (
	"fmt"
	"math/rand"
)

type Card struct {
	Rank int
	Suit string
}

func main() {
	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Intn(100), r.Intn(100), r.Intn(100))
	fmt.Println(r.Int63(), r.Int31n(1000), r.Uint32())
	fmt.Printf("%.6f %.6f\n", r.Float64(), r.Float32())
	fmt.Println(r.Perm(8))
	var deck []Card
	for _, s := range []string{"S", "H"} {
		for rank := 1; rank <= 5; rank++ {
			deck = append(deck, Card{rank, s})
		}
	}
	r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println(deck)
	rolls := map[int]int{}
	for range 600 {
		rolls[r.Intn(6)+1]++
	}
	fmt.Println(rolls)
	r2 := rand.New(rand.NewSource(7))
	fmt.Printf("%.4f %d %d\n", r2.NormFloat64(), r2.Int63n(1e12), r2.Int())
	fmt.Printf("%.4f\n", r2.ExpFloat64())
}
