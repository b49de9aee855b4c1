// slices.go: the natives of package slices. The sorts run the host's own
// algorithms on the program's elements, so the comparisons they make, and
// the order they leave equal elements in, are Go's.

package sandbox

import (
	"go/types"
	"math"
	"slices"

	"golang.org/x/tools/go/ssa"

	"interleave/engine/interp"
)

// generic registers a native of a generic function, given the element type
// of its first parameter (a slice) and the machine.
func generic(name string, mk func(et *interp.Type, fn *ssa.Function, m *interp.Machine) interp.Native) {
	interp.RegisterBinder(name, func(fn *ssa.Function, m *interp.Machine) interp.Native {
		var et *interp.Type
		if ps := fn.Signature.Params(); ps.Len() > 0 {
			switch u := ps.At(0).Type().Underlying().(type) {
			case *types.Slice:
				et = m.TypeOf(u.Elem())
			case *types.Map:
				et = m.TypeOf(u)
			}
		}
		return mk(et, fn, m)
	})
}

// compareOrdered is cmp.Compare on values of an ordered type.
func compareOrdered(t *interp.Type, a, b interp.Value) int {
	switch k := t.Kind; {
	case k.IsSigned():
		return cmpInt(a.Int(), b.Int())
	case k.IsInteger():
		return cmpInt(a.Uint(), b.Uint())
	case k.IsFloat():
		x, y := a.Float(), b.Float()
		xn, yn := math.IsNaN(x), math.IsNaN(y)
		switch {
		case xn && yn:
			return 0
		case xn:
			return -1
		case yn:
			return 1
		}
		return cmpInt(x, y)
	case k == interp.KString:
		return cmpInt(a.Str(), b.Str())
	}
	panic("sandbox: compare of " + t.Name)
}

func cmpInt[T int64 | uint64 | float64 | string](x, y T) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

// cloneElems copies vs into fresh storage, copying aggregates.
func cloneElems(et *interp.Type, vs []interp.Value) []interp.Value {
	out := make([]interp.Value, len(vs))
	for i, v := range vs {
		out[i] = interp.Copy(et, v)
	}
	return out
}

// clearElems zeroes vs as clear does.
func clearElems(et *interp.Type, vs []interp.Value) {
	for i := range vs {
		vs[i] = interp.Zero(et)
	}
}

func sliceOf(vs []interp.Value) interp.Value {
	if vs == nil {
		return interp.Value{}
	}
	return interp.Value{R: vs}
}

func boundsPanic(t *interp.Thread, msg string) { t.RuntimeError(msg) }

func init() {
	cmpFunc := func(t *interp.Thread, f interp.Value) func(a, b interp.Value) int {
		return func(a, b interp.Value) int { return int(t.Call(f, a, b).Int()) }
	}
	generic("slices.Sort", func(et *interp.Type, _ *ssa.Function, _ *interp.Machine) interp.Native {
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			slices.SortFunc(args[0].Elems(), func(a, b interp.Value) int { return compareOrdered(et, a, b) })
			return interp.Value{}
		}
	})
	generic("slices.SortFunc", func(et *interp.Type, _ *ssa.Function, _ *interp.Machine) interp.Native {
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			slices.SortFunc(args[0].Elems(), cmpFunc(t, args[1]))
			return interp.Value{}
		}
	})
	generic("slices.SortStableFunc", func(et *interp.Type, _ *ssa.Function, _ *interp.Machine) interp.Native {
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			slices.SortStableFunc(args[0].Elems(), cmpFunc(t, args[1]))
			return interp.Value{}
		}
	})
	generic("slices.IsSorted", func(et *interp.Type, _ *ssa.Function, _ *interp.Machine) interp.Native {
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			return interp.Bool(slices.IsSortedFunc(args[0].Elems(), func(a, b interp.Value) int { return compareOrdered(et, a, b) }))
		}
	})
	generic("slices.IsSortedFunc", func(et *interp.Type, _ *ssa.Function, _ *interp.Machine) interp.Native {
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			return interp.Bool(slices.IsSortedFunc(args[0].Elems(), cmpFunc(t, args[1])))
		}
	})
	generic("slices.BinarySearch", func(et *interp.Type, _ *ssa.Function, _ *interp.Machine) interp.Native {
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			i, ok := slices.BinarySearchFunc(args[0].Elems(), args[1], func(a, b interp.Value) int { return compareOrdered(et, a, b) })
			return interp.Tuple(interp.Int(int64(i)), interp.Bool(ok))
		}
	})
	generic("slices.BinarySearchFunc", func(et *interp.Type, _ *ssa.Function, _ *interp.Machine) interp.Native {
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			i, ok := slices.BinarySearchFunc(args[0].Elems(), args[1], cmpFunc(t, args[2]))
			return interp.Tuple(interp.Int(int64(i)), interp.Bool(ok))
		}
	})
	generic("slices.Index", func(et *interp.Type, _ *ssa.Function, _ *interp.Machine) interp.Native {
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			return interp.Int(int64(slices.IndexFunc(args[0].Elems(), func(v interp.Value) bool { return interp.Equal(et, v, args[1]) })))
		}
	})
	generic("slices.Contains", func(et *interp.Type, _ *ssa.Function, _ *interp.Machine) interp.Native {
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			return interp.Bool(slices.ContainsFunc(args[0].Elems(), func(v interp.Value) bool { return interp.Equal(et, v, args[1]) }))
		}
	})
	pred := func(t *interp.Thread, f interp.Value) func(interp.Value) bool {
		return func(v interp.Value) bool { return t.Call(f, v).Bool() }
	}
	generic("slices.IndexFunc", func(et *interp.Type, _ *ssa.Function, _ *interp.Machine) interp.Native {
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			return interp.Int(int64(slices.IndexFunc(args[0].Elems(), pred(t, args[1]))))
		}
	})
	generic("slices.ContainsFunc", func(et *interp.Type, _ *ssa.Function, _ *interp.Machine) interp.Native {
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			return interp.Bool(slices.ContainsFunc(args[0].Elems(), pred(t, args[1])))
		}
	})
	generic("slices.Equal", func(et *interp.Type, _ *ssa.Function, _ *interp.Machine) interp.Native {
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			return interp.Bool(slices.EqualFunc(args[0].Elems(), args[1].Elems(), func(a, b interp.Value) bool { return interp.Equal(et, a, b) }))
		}
	})
	generic("slices.EqualFunc", func(et *interp.Type, _ *ssa.Function, _ *interp.Machine) interp.Native {
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			return interp.Bool(slices.EqualFunc(args[0].Elems(), args[1].Elems(), func(a, b interp.Value) bool { return t.Call(args[2], a, b).Bool() }))
		}
	})
	generic("slices.Compare", func(et *interp.Type, _ *ssa.Function, _ *interp.Machine) interp.Native {
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			return interp.Int(int64(slices.CompareFunc(args[0].Elems(), args[1].Elems(), func(a, b interp.Value) int { return compareOrdered(et, a, b) })))
		}
	})
	generic("slices.Reverse", func(et *interp.Type, _ *ssa.Function, _ *interp.Machine) interp.Native {
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			slices.Reverse(args[0].Elems())
			return interp.Value{}
		}
	})
	minMax := func(name string, isMin bool) {
		generic("slices."+name, func(et *interp.Type, _ *ssa.Function, m *interp.Machine) interp.Native {
			return func(t *interp.Thread, args []interp.Value) interp.Value {
				s := args[0].Elems()
				if len(s) == 0 {
					t.Panic(interp.MakeIface(m.TypeOf(types.Typ[types.String]), interp.String("slices."+name+": empty list")))
				}
				best := s[0]
				for _, v := range s[1:] {
					if et.Kind.IsFloat() {
						x, y := best.Float(), v.Float()
						switch {
						case math.IsNaN(x) || math.IsNaN(y):
							best = interp.Float(math.NaN())
							continue
						case isMin:
							best = interp.Float(math.Min(x, y))
						default:
							best = interp.Float(math.Max(x, y))
						}
						continue
					}
					c := compareOrdered(et, v, best)
					if (isMin && c < 0) || (!isMin && c > 0) {
						best = v
					}
				}
				return best
			}
		})
		generic("slices."+name+"Func", func(et *interp.Type, _ *ssa.Function, m *interp.Machine) interp.Native {
			return func(t *interp.Thread, args []interp.Value) interp.Value {
				s := args[0].Elems()
				if len(s) == 0 {
					t.Panic(interp.MakeIface(m.TypeOf(types.Typ[types.String]), interp.String("slices."+name+"Func: empty list")))
				}
				best := s[0]
				for _, v := range s[1:] {
					c := t.Call(args[1], v, best).Int()
					if (isMin && c < 0) || (!isMin && c > 0) {
						best = v
					}
				}
				return best
			}
		})
	}
	minMax("Min", true)
	minMax("Max", false)
	generic("slices.Clone", func(et *interp.Type, _ *ssa.Function, _ *interp.Machine) interp.Native {
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			s := args[0].Elems()
			if s == nil {
				return interp.Value{}
			}
			return interp.Value{R: t.Append(et, s[:0:0], cloneElems(et, s))}
		}
	})
	generic("slices.Compact", func(et *interp.Type, _ *ssa.Function, _ *interp.Machine) interp.Native {
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			return compactFunc(et, args[0], func(a, b interp.Value) bool { return interp.Equal(et, a, b) })
		}
	})
	generic("slices.CompactFunc", func(et *interp.Type, _ *ssa.Function, _ *interp.Machine) interp.Native {
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			return compactFunc(et, args[0], func(a, b interp.Value) bool { return t.Call(args[1], a, b).Bool() })
		}
	})
	generic("slices.Delete", func(et *interp.Type, _ *ssa.Function, _ *interp.Machine) interp.Native {
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			s := args[0].Elems()
			i, j := int(args[1].Int()), int(args[2].Int())
			if i < 0 || j < i || j > len(s) {
				boundsPanic(t, sliceBoundsMsg(i, j, len(s)))
			}
			if i == j {
				return args[0]
			}
			n := len(s)
			s = append(s[:i], s[j:]...)
			clearElems(et, s[len(s):n])
			return sliceOf(s)
		}
	})
	generic("slices.DeleteFunc", func(et *interp.Type, _ *ssa.Function, _ *interp.Machine) interp.Native {
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			s := args[0].Elems()
			i := slices.IndexFunc(s, pred(t, args[1]))
			if i == -1 {
				return args[0]
			}
			for j := i + 1; j < len(s); j++ {
				if v := s[j]; !t.Call(args[1], v).Bool() {
					s[i] = v
					i++
				}
			}
			clearElems(et, s[i:])
			return sliceOf(s[:i])
		}
	})
	generic("slices.Insert", func(et *interp.Type, _ *ssa.Function, _ *interp.Machine) interp.Native {
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			s := args[0].Elems()
			i := int(args[1].Int())
			v := cloneElems(et, args[2].Elems())
			if i < 0 || i > len(s) {
				boundsPanic(t, "slice bounds out of range ["+itoa(int64(i))+":"+itoa(int64(len(s)))+"]")
			}
			m, n := len(v), len(s)
			if m == 0 {
				return args[0]
			}
			if i == n {
				return sliceOf(t.Append(et, s, v))
			}
			if n+m > cap(s) {
				zeros := make([]interp.Value, n+m-i)
				clearElems(et, zeros)
				s2 := t.Append(et, s[:i], zeros)
				copy(s2[i:], v)
				copy(s2[i+m:], s[i:])
				return sliceOf(s2)
			}
			s = s[:n+m]
			copy(s[i+m:], s[i:])
			copy(s[i:], v)
			return sliceOf(s)
		}
	})
	generic("slices.Concat", func(_ *interp.Type, fn *ssa.Function, m *interp.Machine) interp.Native {
		et := m.TypeOf(fn.Signature.Params().At(0).Type().Underlying().(*types.Slice).Elem().Underlying().(*types.Slice).Elem())
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			var all []interp.Value
			for _, s := range args[0].Elems() {
				all = append(all, cloneElems(et, s.Elems())...)
			}
			if len(all) == 0 {
				return interp.Value{}
			}
			return interp.Value{R: t.Append(et, nil, all)}
		}
	})
	generic("slices.Repeat", func(et *interp.Type, _ *ssa.Function, m *interp.Machine) interp.Native {
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			s, count := args[0].Elems(), args[1].Int()
			if count < 0 {
				t.Panic(interp.MakeIface(m.TypeOf(types.Typ[types.String]), interp.String("cannot be negative")))
			}
			t.Alloc(int64(len(s)) * count * max(et.Size, 1))
			out := make([]interp.Value, 0, int64(len(s))*count)
			for range count {
				out = append(out, cloneElems(et, s)...)
			}
			return interp.Value{R: out}
		}
	})
	generic("slices.Grow", func(et *interp.Type, _ *ssa.Function, m *interp.Machine) interp.Native {
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			s, n := args[0].Elems(), int(args[1].Int())
			if n < 0 {
				t.Panic(interp.MakeIface(m.TypeOf(types.Typ[types.String]), interp.String("cannot be negative")))
			}
			if n -= cap(s) - len(s); n > 0 {
				zeros := make([]interp.Value, len(s)+n)
				clearElems(et, zeros)
				s = t.Append(et, s[:cap(s)], zeros[:n])[:len(s)]
			}
			return sliceOf(s)
		}
	})
	generic("slices.Clip", func(et *interp.Type, _ *ssa.Function, _ *interp.Machine) interp.Native {
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			s := args[0].Elems()
			return sliceOf(s[:len(s):len(s)])
		}
	})

	// Iterators.
	generic("slices.All", func(et *interp.Type, _ *ssa.Function, _ *interp.Machine) interp.Native {
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			s := args[0].Elems()
			return interp.NativeClosure("slices.All-range", func(t *interp.Thread, y []interp.Value) interp.Value {
				for i, v := range s {
					if !t.Call(y[0], interp.Int(int64(i)), v).Bool() {
						break
					}
				}
				return interp.Value{}
			})
		}
	})
	generic("slices.Backward", func(et *interp.Type, _ *ssa.Function, _ *interp.Machine) interp.Native {
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			s := args[0].Elems()
			return interp.NativeClosure("slices.Backward-range", func(t *interp.Thread, y []interp.Value) interp.Value {
				for i := len(s) - 1; i >= 0; i-- {
					if !t.Call(y[0], interp.Int(int64(i)), s[i]).Bool() {
						break
					}
				}
				return interp.Value{}
			})
		}
	})
	generic("slices.Values", func(et *interp.Type, _ *ssa.Function, _ *interp.Machine) interp.Native {
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			s := args[0].Elems()
			return interp.NativeClosure("slices.Values-range", func(t *interp.Thread, y []interp.Value) interp.Value {
				for _, v := range s {
					if !t.Call(y[0], v).Bool() {
						break
					}
				}
				return interp.Value{}
			})
		}
	})
	generic("slices.Chunk", func(et *interp.Type, _ *ssa.Function, m *interp.Machine) interp.Native {
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			s, n := args[0].Elems(), int(args[1].Int())
			if n < 1 {
				t.Panic(interp.MakeIface(m.TypeOf(types.Typ[types.String]), interp.String("cannot be less than 1")))
			}
			return interp.NativeClosure("slices.Chunk-range", func(t *interp.Thread, y []interp.Value) interp.Value {
				for i := 0; i < len(s); i += n {
					end := min(n, len(s[i:]))
					if !t.Call(y[0], interp.Value{R: s[i : i+end : i+end]}).Bool() {
						break
					}
				}
				return interp.Value{}
			})
		}
	})
	// Collect, AppendSeq, Sorted and friends take an iterator: their
	// element type is the iterator's.
	seqElem := func(fn *ssa.Function, m *interp.Machine, param int) *interp.Type {
		sig := fn.Signature.Params().At(param).Type().Underlying().(*types.Signature)
		yield := sig.Params().At(0).Type().Underlying().(*types.Signature)
		return m.TypeOf(yield.Params().At(0).Type())
	}
	collect := func(t *interp.Thread, et *interp.Type, s []interp.Value, seq interp.Value) []interp.Value {
		t.Call(seq, interp.NativeClosure("slices.AppendSeq-yield", func(t *interp.Thread, a []interp.Value) interp.Value {
			s = t.Append(et, s, []interp.Value{interp.Copy(et, a[0])})
			return interp.Bool(true)
		}))
		return s
	}
	generic("slices.Collect", func(_ *interp.Type, fn *ssa.Function, m *interp.Machine) interp.Native {
		et := seqElem(fn, m, 0)
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			return sliceOf(collect(t, et, nil, args[0]))
		}
	})
	generic("slices.AppendSeq", func(et *interp.Type, fn *ssa.Function, m *interp.Machine) interp.Native {
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			return sliceOf(collect(t, et, args[0].Elems(), args[1]))
		}
	})
	generic("slices.Sorted", func(_ *interp.Type, fn *ssa.Function, m *interp.Machine) interp.Native {
		et := seqElem(fn, m, 0)
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			s := collect(t, et, nil, args[0])
			slices.SortFunc(s, func(a, b interp.Value) int { return compareOrdered(et, a, b) })
			return sliceOf(s)
		}
	})
	generic("slices.SortedFunc", func(_ *interp.Type, fn *ssa.Function, m *interp.Machine) interp.Native {
		et := seqElem(fn, m, 0)
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			s := collect(t, et, nil, args[0])
			slices.SortFunc(s, cmpFunc(t, args[1]))
			return sliceOf(s)
		}
	})
	generic("slices.SortedStableFunc", func(_ *interp.Type, fn *ssa.Function, m *interp.Machine) interp.Native {
		et := seqElem(fn, m, 0)
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			s := collect(t, et, nil, args[0])
			slices.SortStableFunc(s, cmpFunc(t, args[1]))
			return sliceOf(s)
		}
	})
}

func compactFunc(et *interp.Type, sv interp.Value, eq func(a, b interp.Value) bool) interp.Value {
	s := sv.Elems()
	if len(s) < 2 {
		return sv
	}
	for k := 1; k < len(s); k++ {
		if eq(s[k], s[k-1]) {
			s2 := s[k:]
			for k2 := 1; k2 < len(s2); k2++ {
				if !eq(s2[k2], s2[k2-1]) {
					s[k] = s2[k2]
					k++
				}
			}
			clearElems(et, s[k:])
			return sliceOf(s[:k])
		}
	}
	return sv
}

// sliceBoundsMsg is the runtime's message for s[i:j] out of range.
func sliceBoundsMsg(i, j, n int) string {
	if j > n {
		return "slice bounds out of range [:" + itoa(int64(j)) + "] with capacity " + itoa(int64(n))
	}
	return "slice bounds out of range [" + itoa(int64(i)) + ":" + itoa(int64(j)) + "]"
}

func init() {
	interp.RegisterBinder("slices.CompareFunc", func(fn *ssa.Function, m *interp.Machine) interp.Native {
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			s1, s2 := args[0].Elems(), args[1].Elems()
			for i, v1 := range s1 {
				if i >= len(s2) {
					return interp.Int(1)
				}
				if c := t.Call(args[2], v1, s2[i]).Int(); c != 0 {
					return interp.Int(c)
				}
			}
			if len(s1) < len(s2) {
				return interp.Int(-1)
			}
			return interp.Int(0)
		}
	})
	// Replace builds s[:i] + v + s[j:] in place when it fits, as Go does,
	// zeroing the elements it leaves behind.
	generic("slices.Replace", func(et *interp.Type, _ *ssa.Function, _ *interp.Machine) interp.Native {
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			s := args[0].Elems()
			i, j := int(args[1].Int()), int(args[2].Int())
			if j < 0 || j > cap(s) {
				boundsPanic(t, "slice bounds out of range [:"+itoa(int64(j))+"] with capacity "+itoa(int64(cap(s))))
			}
			if i < 0 || i > j {
				boundsPanic(t, "slice bounds out of range ["+itoa(int64(i))+":"+itoa(int64(j))+"]")
			}
			if j > len(s) {
				boundsPanic(t, "slice bounds out of range ["+itoa(int64(j))+":"+itoa(int64(len(s)))+"]")
			}
			v := cloneElems(et, args[3].Elems())
			tail := cloneElems(et, s[j:])
			tot := i + len(v) + len(tail)
			if tot > cap(s) {
				s2 := t.Append(et, s[:i], append(v, tail...))
				return sliceOf(s2)
			}
			r := s[:tot]
			copy(r[i:], v)
			copy(r[i+len(v):], tail)
			if tot < len(s) {
				clearElems(et, s[tot:])
			}
			return sliceOf(r)
		}
	})
}
