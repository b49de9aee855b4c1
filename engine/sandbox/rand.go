// rand.go: the natives of package math/rand. A seeded *rand.Rand keeps the
// host's generator, so rand.New(rand.NewSource(seed)) gives Go's exact
// sequence; the top-level functions use a generator seeded from the run
// (Go seeds them randomly, and rand.Seed has no effect since Go 1.24).

package sandbox

import (
	"go/types"
	"math/rand"

	"golang.org/x/tools/go/ssa"

	"interleave/engine/interp"
)

type randKey struct{}

// globalRand is the run's generator behind the top-level functions.
func globalRand(m *interp.Machine) *rand.Rand {
	return m.State(randKey{}, func() any { return rand.New(rand.NewSource(int64(m.Uint64()))) }).(*rand.Rand)
}

// hostRand returns the host generator of a *rand.Rand, kept in its first
// field, and the method's other arguments.
func hostRand(t *interp.Thread, args []interp.Value) (any, []interp.Value) {
	return hostCell[*rand.Rand](t, args, "a math/rand.Rand not made by rand.New")
}

// hostCell returns the host value of type R kept in the first field of
// the struct args[0] points to (a nil pointer is Go's nil dereference;
// another value is unsupported: what says what), and the method's other
// arguments.
func hostCell[R any](t *interp.Thread, args []interp.Value, what string) (any, []interp.Value) {
	p := args[0].Ptr()
	if p == nil {
		t.RuntimeError("invalid memory address or nil pointer dereference")
	}
	r, ok := p.Elems()[0].R.(R)
	if !ok {
		t.Machine().Unsupported(t, what)
	}
	return r, args[1:]
}

func init() {
	for _, name := range []string{"ExpFloat64", "Float32", "Float64", "Int", "Int31", "Int31n", "Int63", "Int63n", "Intn", "NormFloat64", "Perm", "Shuffle", "Uint32", "Uint64"} {
		hostMethod("math/rand."+name, name, func(t *interp.Thread, args []interp.Value) (any, []interp.Value) {
			return globalRand(t.Machine()), args
		})
		hostMethod("(*math/rand.Rand)."+name, name, hostRand)
	}
	interp.Register("math/rand.Seed", func(t *interp.Thread, args []interp.Value) interp.Value { return interp.Value{} })
	interp.Register("math/rand.NewSource", func(t *interp.Thread, args []interp.Value) interp.Value {
		m := t.Machine()
		src := rand.NewSource(args[0].Int())
		st := m.NativeType("math/rand", "rngSource", types.NewStruct(nil, nil), true, []interp.Method{
			{Name: "Int63", Results: []types.Type{types.Typ[types.Int64]}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
				return interp.Int(args[0].Ptr().R.(rand.Source).Int63())
			}},
			{Name: "Seed", Params: []types.Type{types.Typ[types.Int64]}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
				args[0].Ptr().R.(rand.Source).Seed(args[1].Int())
				return interp.Value{}
			}},
			{Name: "Uint64", Results: []types.Type{types.Typ[types.Uint64]}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
				return interp.Uint(args[0].Ptr().R.(rand.Source64).Uint64())
			}},
		})
		return interp.MakeIface(st, interp.Value{R: &interp.Value{R: src}})
	})
	registerRandNew("math/rand.New", func(src rand.Source) any { return rand.New(src) })
	interp.Register("(*math/rand.Rand).Seed", func(t *interp.Thread, args []interp.Value) interp.Value {
		r, _ := hostRand(t, args)
		r.(*rand.Rand).Seed(args[1].Int())
		return interp.Value{}
	})
}

func init() {
	read := func(t *interp.Thread, r *rand.Rand, p interp.Value) interp.Value {
		vs := p.Elems()
		b := make([]byte, len(vs))
		n, _ := r.Read(b)
		intoBytes(vs, b)
		return interp.Tuple(interp.Int(int64(n)), interp.Value{})
	}
	interp.Register("math/rand.Read", func(t *interp.Thread, args []interp.Value) interp.Value {
		return read(t, globalRand(t.Machine()), args[0])
	})
	interp.Register("(*math/rand.Rand).Read", func(t *interp.Thread, args []interp.Value) interp.Value {
		r, _ := hostRand(t, args)
		return read(t, r.(*rand.Rand), args[1])
	})
	registerZipf("math/rand", hostRand, rand.NewZipf)
}

// registerZipf registers pkg's NewZipf and (*Zipf).Uint64, math/rand's or
// math/rand/v2's: a *Zipf keeps the host's Zipf in its first field, made
// by newZipf over the host generator host finds.
func registerZipf[R any, Z interface {
	comparable
	Uint64() uint64
}](pkg string, host func(*interp.Thread, []interp.Value) (any, []interp.Value), newZipf func(R, float64, float64, uint64) Z) {
	interp.RegisterBinder(pkg+".NewZipf", func(fn *ssa.Function, m *interp.Machine) interp.Native {
		zt := m.TypeOf(fn.Signature.Results().At(0).Type()).Elem
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			r, _ := host(t, args)
			z := newZipf(r.(R), args[1].Float(), args[2].Float(), args[3].Uint())
			var none Z
			if z == none {
				return interp.Value{}
			}
			cell := interp.Zero(zt)
			cell.Elems()[0] = interp.Value{R: z}
			return interp.Value{R: &cell}
		}
	})
	interp.Register("(*"+pkg+".Zipf).Uint64", func(t *interp.Thread, args []interp.Value) interp.Value {
		z, ok := recvFields(t, args)[0].R.(Z)
		if !ok {
			t.NilDeref()
		}
		return interp.Uint(z.Uint64())
	})
}

// registerRandNew registers name, math/rand's or math/rand/v2's New: the
// *Rand it returns keeps in its cell the host's generator that wrap makes
// from the host Source behind the program's Source value (S: that
// package's Source), so a seeded source gives Go's exact sequence.
func registerRandNew[S any](name string, wrap func(S) any) {
	interp.RegisterBinder(name, func(fn *ssa.Function, m *interp.Machine) interp.Native {
		rt := m.TypeOf(fn.Signature.Results().At(0).Type()).Elem
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			var src S
			ok := false
			if i := args[0].Iface(); i != nil {
				if p := i.V.Ptr(); p != nil {
					src, ok = p.R.(S)
				}
			}
			if !ok {
				t.Machine().Unsupported(t, "rand.New with a Source of the program")
			}
			cell := interp.Zero(rt)
			cell.Elems()[0] = interp.Value{R: wrap(src)}
			return interp.Value{R: &cell}
		}
	})
}
