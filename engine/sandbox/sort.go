// sort.go: the natives of package sort. The sorts run the host's sort
// package over an adapter, so the calls of the program's Less and Swap, and
// the resulting order, are Go's.

package sandbox

import (
	"go/types"
	"slices"
	"sort"

	"golang.org/x/tools/go/ssa"

	"interleave/engine/interp"
)

// ifaceSort adapts a sort.Interface value of the program.
type ifaceSort struct {
	t               *interp.Thread
	recv            interp.Value
	len, less, swap *interp.Func
}

func newIfaceSort(t *interp.Thread, v interp.Value) *ifaceSort {
	i := v.Iface()
	if i == nil {
		t.RuntimeError("invalid memory address or nil pointer dereference")
	}
	return &ifaceSort{t: t, recv: i.V, len: i.T.Method("Len"), less: i.T.Method("Less"), swap: i.T.Method("Swap")}
}

func (s *ifaceSort) Len() int { return int(s.t.CallFunc(s.len, nil, s.recv).Int()) }
func (s *ifaceSort) Less(i, j int) bool {
	return s.t.CallFunc(s.less, nil, s.recv, interp.Int(int64(i)), interp.Int(int64(j))).Bool()
}
func (s *ifaceSort) Swap(i, j int) {
	s.t.CallFunc(s.swap, nil, s.recv, interp.Int(int64(i)), interp.Int(int64(j)))
}

// funcSort adapts a slice and a less function (sort.Slice).
type funcSort struct {
	t    *interp.Thread
	s    []interp.Value
	less interp.Value
}

func (s *funcSort) Len() int { return len(s.s) }
func (s *funcSort) Less(i, j int) bool {
	return s.t.Call(s.less, interp.Int(int64(i)), interp.Int(int64(j))).Bool()
}
func (s *funcSort) Swap(i, j int) { s.s[i], s.s[j] = s.s[j], s.s[i] }

// sliceArg returns the elements of the slice in the any argument v.
func sliceArg(t *interp.Thread, v interp.Value, fn string) []interp.Value {
	i := v.Iface()
	if i == nil || i.T.Kind != interp.KSlice {
		name := "<nil>"
		if i != nil {
			name = i.T.Name
		}
		t.Panic(interp.MakeIface(t.Machine().TypeOf(types.Typ[types.String]), interp.String("reflect: call of Swapper on "+name+" Value")))
	}
	return i.V.Elems()
}

func init() {
	ordered := func(k types.BasicKind) func(a, b interp.Value) int {
		var t interp.Type
		switch k {
		case types.Int:
			t.Kind = interp.KInt
		case types.String:
			t.Kind = interp.KString
		default:
			t.Kind = interp.KFloat64
		}
		return func(a, b interp.Value) int { return compareOrdered(&t, a, b) }
	}
	for _, p := range []struct {
		name string
		kind types.BasicKind
	}{{"Ints", types.Int}, {"Strings", types.String}, {"Float64s", types.Float64}} {
		cmp := ordered(p.kind)
		sortFn := func(t *interp.Thread, args []interp.Value) interp.Value {
			slices.SortFunc(args[0].Elems(), cmp)
			return interp.Value{}
		}
		isSorted := func(t *interp.Thread, args []interp.Value) interp.Value {
			return interp.Bool(slices.IsSortedFunc(args[0].Elems(), cmp))
		}
		search := func(t *interp.Thread, args []interp.Value) interp.Value {
			i, _ := slices.BinarySearchFunc(args[0].Elems(), args[1], cmp)
			return interp.Int(int64(i))
		}
		interp.Register("sort."+p.name, sortFn)
		interp.Register("sort."+p.name+"AreSorted", isSorted)
		interp.Register("sort.Search"+p.name, search)
		// The methods of IntSlice, StringSlice, Float64Slice.
		typ := map[string]string{"Ints": "IntSlice", "Strings": "StringSlice", "Float64s": "Float64Slice"}[p.name]
		interp.Register("(sort."+typ+").Sort", sortFn)
		interp.Register("(sort."+typ+").Search", search)
		interp.Register("(sort."+typ+").Len", func(t *interp.Thread, args []interp.Value) interp.Value {
			return interp.Int(int64(len(args[0].Elems())))
		})
		interp.Register("(sort."+typ+").Less", func(t *interp.Thread, args []interp.Value) interp.Value {
			s := args[0].Elems()
			i, j := args[1].Int(), args[2].Int()
			checkIndex(t, i, len(s))
			checkIndex(t, j, len(s))
			if p.kind == types.Float64 {
				x, y := s[i].Float(), s[j].Float()
				return interp.Bool(x < y || (x != x && y == y))
			}
			return interp.Bool(cmp(s[i], s[j]) < 0)
		})
		interp.Register("(sort."+typ+").Swap", func(t *interp.Thread, args []interp.Value) interp.Value {
			s := args[0].Elems()
			i, j := args[1].Int(), args[2].Int()
			checkIndex(t, i, len(s))
			checkIndex(t, j, len(s))
			s[i], s[j] = s[j], s[i]
			return interp.Value{}
		})
	}
	interp.Register("sort.Sort", func(t *interp.Thread, args []interp.Value) interp.Value {
		sort.Sort(newIfaceSort(t, args[0]))
		return interp.Value{}
	})
	interp.Register("sort.Stable", func(t *interp.Thread, args []interp.Value) interp.Value {
		sort.Stable(newIfaceSort(t, args[0]))
		return interp.Value{}
	})
	interp.Register("sort.IsSorted", func(t *interp.Thread, args []interp.Value) interp.Value {
		return interp.Bool(sort.IsSorted(newIfaceSort(t, args[0])))
	})
	interp.Register("sort.Slice", func(t *interp.Thread, args []interp.Value) interp.Value {
		sort.Sort(&funcSort{t, sliceArg(t, args[0], "Slice"), args[1]})
		return interp.Value{}
	})
	interp.Register("sort.SliceStable", func(t *interp.Thread, args []interp.Value) interp.Value {
		sort.Stable(&funcSort{t, sliceArg(t, args[0], "SliceStable"), args[1]})
		return interp.Value{}
	})
	interp.Register("sort.SliceIsSorted", func(t *interp.Thread, args []interp.Value) interp.Value {
		return interp.Bool(sort.IsSorted(&funcSort{t, sliceArg(t, args[0], "SliceIsSorted"), args[1]}))
	})
	interp.Register("sort.Search", func(t *interp.Thread, args []interp.Value) interp.Value {
		return interp.Int(int64(sort.Search(int(args[0].Int()), func(i int) bool {
			return t.Call(args[1], interp.Int(int64(i))).Bool()
		})))
	})
	interp.Register("sort.Find", func(t *interp.Thread, args []interp.Value) interp.Value {
		i, found := sort.Find(int(args[0].Int()), func(i int) int {
			return int(t.Call(args[1], interp.Int(int64(i))).Int())
		})
		return interp.Tuple(interp.Int(int64(i)), interp.Bool(found))
	})
	// sort.Reverse returns a *sort.reverse whose Less calls the wrapped
	// Less with its arguments swapped.
	interp.RegisterBinder("sort.Reverse", func(fn *ssa.Function, m *interp.Machine) interp.Native {
		ifaceT := fn.Signature.Params().At(0).Type()
		intT, boolT := types.Typ[types.Int], types.Typ[types.Bool]
		inner := func(t *interp.Thread, args []interp.Value) *ifaceSort {
			return newIfaceSort(t, args[0].Ptr().Elems()[0])
		}
		rt := m.NativeType("sort", "reverse", structOf("Interface", ifaceT), true, []interp.Method{
			{Name: "Len", Results: []types.Type{intT}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
				return interp.Int(int64(inner(t, args).Len()))
			}},
			{Name: "Less", Params: []types.Type{intT, intT}, Results: []types.Type{boolT}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
				return interp.Bool(inner(t, args).Less(int(args[2].Int()), int(args[1].Int())))
			}},
			{Name: "Swap", Params: []types.Type{intT, intT}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
				inner(t, args).Swap(int(args[1].Int()), int(args[2].Int()))
				return interp.Value{}
			}},
		})
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			return interp.MakeIface(rt, interp.Value{R: &interp.Value{R: []interp.Value{args[0]}}})
		}
	})
}

// checkIndex panics like an index expression s[i] out of range.
func checkIndex(t *interp.Thread, i int64, n int) {
	if i < 0 || i >= int64(n) {
		t.RuntimeError(indexError(int(i), n))
	}
}
