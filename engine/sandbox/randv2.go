// randv2.go: the natives of package math/rand/v2. *rand.PCG and
// *rand.ChaCha8 keep the host's generator in their cell, so seeded sources
// give Go's exact sequences; the top-level functions use a generator seeded
// from the run.

package sandbox

import (
	"math/rand/v2"

	"golang.org/x/tools/go/ssa"

	"interleave/engine/interp"
)

type randV2Key struct{}

func globalRandV2(m *interp.Machine) *rand.Rand {
	return m.State(randV2Key{}, func() any { return rand.New(rand.NewPCG(m.Uint64(), m.Uint64())) }).(*rand.Rand)
}

// hostRandV2 returns the host generator of a *rand.Rand, kept in its
// field src, and the method's other arguments.
func hostRandV2(t *interp.Thread, args []interp.Value) (any, []interp.Value) {
	return hostCell[*rand.Rand](t, args, "a math/rand/v2.Rand not made by rand.New")
}

// hostSource returns the host generator in the cell of a *rand.PCG or
// *rand.ChaCha8.
func hostSource(t *interp.Thread, args []interp.Value) (any, []interp.Value) {
	p := args[0].Ptr()
	if p == nil {
		t.RuntimeError("invalid memory address or nil pointer dereference")
	}
	src, ok := p.R.(rand.Source)
	if !ok {
		t.Machine().Unsupported(t, "a math/rand/v2 source not made by its constructor")
	}
	return src, args[1:]
}

func init() {
	const pkg = "math/rand/v2"
	for _, name := range []string{"ExpFloat64", "Float32", "Float64", "Int", "Int32", "Int32N", "Int64", "Int64N", "IntN", "NormFloat64", "Perm", "Shuffle", "Uint", "Uint32", "Uint32N", "Uint64", "Uint64N", "UintN"} {
		hostMethod(pkg+"."+name, name, func(t *interp.Thread, args []interp.Value) (any, []interp.Value) {
			return globalRandV2(t.Machine()), args
		})
		hostMethod("(*"+pkg+".Rand)."+name, name, hostRandV2)
	}
	interp.Register(pkg+".NewPCG", func(t *interp.Thread, args []interp.Value) interp.Value {
		return interp.Value{R: &interp.Value{R: rand.NewPCG(args[0].Uint(), args[1].Uint())}}
	})
	interp.Register(pkg+".NewChaCha8", func(t *interp.Thread, args []interp.Value) interp.Value {
		var seed [32]byte
		for i, b := range args[0].Elems() {
			seed[i] = byte(b.N)
		}
		return interp.Value{R: &interp.Value{R: rand.NewChaCha8(seed)}}
	})
	hostMethod("(*"+pkg+".PCG).Uint64", "Uint64", hostSource)
	hostMethod("(*"+pkg+".PCG).Seed", "Seed", hostSource)
	hostMethod("(*"+pkg+".ChaCha8).Uint64", "Uint64", hostSource)
	registerRandNew(pkg+".New", func(src rand.Source) any { return rand.New(src) })
	interp.RegisterBinder(pkg+".N", func(fn *ssa.Function, m *interp.Machine) interp.Native {
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			n := args[0].Int()
			if n <= 0 {
				t.Panic(interp.MakeIface(m.TypeOf(stringType), interp.String("invalid argument to N")))
			}
			return interp.Uint(globalRandV2(m).Uint64N(uint64(n)))
		}
	})
}

func init() {
	const pkg = "math/rand/v2"
	for _, typ := range []string{"PCG", "ChaCha8"} {
		for _, name := range []string{"AppendBinary", "MarshalBinary", "UnmarshalBinary"} {
			hostMethod("(*"+pkg+"."+typ+")."+name, name, hostSource)
		}
	}
	interp.Register("(*"+pkg+".ChaCha8).Read", func(t *interp.Thread, args []interp.Value) interp.Value {
		src, _ := hostSource(t, args)
		vs := args[1].Elems()
		b := make([]byte, len(vs))
		n, _ := src.(*rand.ChaCha8).Read(b)
		intoBytes(vs, b)
		return interp.Tuple(interp.Int(int64(n)), interp.Value{})
	})
	interp.Register("(*"+pkg+".ChaCha8).Seed", func(t *interp.Thread, args []interp.Value) interp.Value {
		src, _ := hostSource(t, args)
		var seed [32]byte
		for i, b := range args[1].Elems() {
			seed[i] = byte(b.N)
		}
		src.(*rand.ChaCha8).Seed(seed)
		return interp.Value{}
	})
	registerZipf(pkg, hostRandV2, rand.NewZipf)
}
