package main

import (
	"fmt"
	"math/rand"
	randv2 "math/rand/v2"
)

func main() {
	r := rand.New(rand.NewSource(42))
	b := make([]byte, 10)
	n, err := r.Read(b)
	fmt.Println(n, err, b)
	n, _ = r.Read(b[:3])
	fmt.Println(n, b[:3])

	z := rand.NewZipf(r, 1.5, 2, 20)
	counts := make([]int, 21)
	for i := 0; i < 1000; i++ {
		counts[z.Uint64()]++
	}
	fmt.Println(counts[:8])
	fmt.Println(rand.NewZipf(r, 0.5, 1, 10) == nil)

	n, err = rand.Read(b)
	fmt.Println(n, err)

	var seed [32]byte
	copy(seed[:], "chacha8 seed for the playground")
	c := randv2.NewChaCha8(seed)
	fmt.Println(c.Uint64())
	state, err := c.MarshalBinary()
	fmt.Println(len(state), err)
	next := c.Uint64()
	c2 := randv2.NewChaCha8([32]byte{})
	fmt.Println(c2.UnmarshalBinary(state), c2.Uint64() == next)
	buf := make([]byte, 6)
	c.Read(buf)
	fmt.Println(buf)
	c.Seed([32]byte{1})
	fmt.Println(c.Uint64())

	p := randv2.NewPCG(1, 2)
	p.Uint64()
	ps, _ := p.MarshalBinary()
	p2 := randv2.NewPCG(0, 0)
	fmt.Println(p2.UnmarshalBinary(ps), p2.Uint64() == p.Uint64())
	out, _ := p.AppendBinary([]byte("pcg:"))
	fmt.Println(len(out), string(out[:4]))

	zr := randv2.NewZipf(randv2.New(randv2.NewPCG(7, 7)), 2, 1, 5)
	for i := 0; i < 8; i++ {
		fmt.Print(zr.Uint64(), " ")
	}
	fmt.Println()
}
