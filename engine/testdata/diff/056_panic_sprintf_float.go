package main

import (
	"fmt"
	"math"
)

type Vector struct{ X, Y, Z float64 }

func (v Vector) Len() float64 { return math.Sqrt(v.X*v.X + v.Y*v.Y + v.Z*v.Z) }

func (v Vector) Normalize() Vector {
	l := v.Len()
	if l == 0 {
		panic(fmt.Sprintf("cannot normalize zero vector %+v (len %g)", v, l))
	}
	return Vector{v.X / l, v.Y / l, v.Z / l}
}

func main() {
	vs := []Vector{{3, 4, 0}, {1, 1, 1}, {0, 0, 0}}
	for _, v := range vs {
		n := v.Normalize()
		fmt.Printf("%v -> %.4f (len %.1f)\n", v, n, n.Len())
	}
}
