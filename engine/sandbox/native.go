// native.go: helpers shared by the natives of several packages.

package sandbox

import (
	"go/token"
	"go/types"
	"slices"
	"strconv"

	"interleave/engine/interp"
	"interleave/engine/stdlib"
)

// structOf makes struct{ name0 T0; name1 T1; ... } from name, type pairs.
func structOf(nameTypes ...any) *types.Struct {
	var fs []*types.Var
	pkg := types.NewPackage("sandbox", "sandbox")
	for i := 0; i < len(nameTypes); i += 2 {
		fs = append(fs, types.NewField(token.NoPos, pkg, nameTypes[i].(string), nameTypes[i+1].(types.Type), false))
	}
	return types.NewStruct(fs, nil)
}

func sortInts(a []int) { slices.Sort(a) }

func itoa(i int64) string { return strconv.FormatInt(i, 10) }

// byteType is the run's uint8.
func byteType(m *interp.Machine) *interp.Type { return m.TypeOf(types.Typ[types.Uint8]) }

// stringsOf returns the elements of a []string.
func stringsOf(v interp.Value) []string {
	vs := v.Elems()
	out := make([]string, len(vs))
	for i, x := range vs {
		out[i] = x.Str()
	}
	return out
}

// stringSlice makes a []string value (nil for a nil ss).
func stringSlice(ss []string) interp.Value {
	if ss == nil {
		return interp.Value{}
	}
	out := make([]interp.Value, len(ss))
	for i, s := range ss {
		out[i] = interp.String(s)
	}
	return interp.Value{R: out}
}

// The package initializers of the sandbox library have nothing to do: the
// natives set up their package's state when first used.
func init() {
	for _, p := range stdlib.Packages {
		interp.Register(p+".init", func(t *interp.Thread, args []interp.Value) interp.Value { return interp.Value{} })
	}
}

var stringType = types.Typ[types.String]
