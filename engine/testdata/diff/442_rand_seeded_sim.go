package main

import (
	"fmt"
	"math/rand"
	randv2 "math/rand/v2"
	"slices"
	"strings"
)

type Card struct {
	Suit string
	Rank int
}

func (c Card) String() string {
	names := map[int]string{1: "A", 11: "J", 12: "Q", 13: "K"}
	r, ok := names[c.Rank]
	if !ok {
		r = fmt.Sprint(c.Rank)
	}
	return r + c.Suit
}

func main() {
	r := rand.New(rand.NewSource(42))
	var deck []Card
	for _, s := range []string{"♠", "♥", "♦", "♣"} {
		for rank := 1; rank <= 13; rank++ {
			deck = append(deck, Card{s, rank})
		}
	}
	r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println(deck[:5])
	fmt.Println(r.Intn(100), r.Int63(), r.Float64(), r.Perm(5), r.Int31n(10), r.Uint32(), r.NormFloat64(), r.ExpFloat64())
	hist := make([]int, 6)
	for range 600 {
		hist[r.Intn(6)]++
	}
	fmt.Println(hist)
	r2 := randv2.New(randv2.NewPCG(1, 2))
	fmt.Println(r2.IntN(1000), r2.Uint64(), r2.Float64(), r2.Perm(4), r2.Int64N(1<<40), r2.N(50))
	r3 := randv2.New(randv2.NewChaCha8([32]byte{1, 2, 3}))
	fmt.Println(r3.IntN(10), r3.Uint32())
	walk := 0
	var path []string
	for i := 0; i < 10; i++ {
		if r.Intn(2) == 0 {
			walk--
			path = append(path, "L")
		} else {
			walk++
			path = append(path, "R")
		}
	}
	fmt.Println(walk, strings.Join(path, ""))
	words := []string{"alpha", "beta", "gamma", "delta"}
	picked := slices.Clone(words)
	r.Shuffle(len(picked), func(i, j int) { picked[i], picked[j] = picked[j], picked[i] })
	fmt.Println(picked, words)
	z := rand.NewZipf(rand.New(rand.NewSource(7)), 1.5, 2, 100)
	fmt.Println(z.Uint64(), z.Uint64(), z.Uint64())
}
