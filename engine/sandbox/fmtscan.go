// fmtscan.go: fmt's Sscan, Sscanln and Sscanf, by the host's fmt.

package sandbox

import (
	"fmt"

	"interleave/engine/interp"
)

func init() {
	interp.Register("fmt.Sscan", func(t *interp.Thread, args []interp.Value) interp.Value {
		return scan(t, args[0].Str(), "", args[1], fmt.Sscan)
	})
	interp.Register("fmt.Sscanln", func(t *interp.Thread, args []interp.Value) interp.Value {
		return scan(t, args[0].Str(), "", args[1], fmt.Sscanln)
	})
	interp.Register("fmt.Sscanf", func(t *interp.Thread, args []interp.Value) interp.Value {
		return scan(t, args[0].Str(), args[1].Str(), args[2], func(s string, ptrs ...any) (int, error) {
			return fmt.Sscanf(s, args[1].Str(), ptrs...)
		})
	})
}

// scan runs the host's scanner on host variables of the kinds the
// program's pointers point to, then stores what it read through them. The
// scanning itself is therefore exactly Go's.
func scan(t *interp.Thread, input, format string, ptrs interp.Value, host func(string, ...any) (int, error)) interp.Value {
	m := t.Machine()
	vars := make([]any, 0, len(ptrs.Elems()))
	cells := make([]*interp.Value, 0, len(ptrs.Elems()))
	types := make([]*interp.Type, 0, len(ptrs.Elems()))
	for _, a := range ptrs.Elems() {
		i := a.Iface()
		if i == nil || i.T.Kind != interp.KPointer || i.V.Ptr() == nil {
			return interp.Tuple(interp.Int(0), newError(m, "can't scan type: "+typeName(i)))
		}
		v := hostScanVar(i.T.Elem)
		if v == nil {
			return interp.Tuple(interp.Int(0), newError(m, "can't scan type: "+i.T.Name))
		}
		vars = append(vars, v)
		cells = append(cells, i.V.Ptr())
		types = append(types, i.T.Elem)
	}
	n, err := host(input, vars...)
	for k := 0; k < n && k < len(cells); k++ {
		*cells[k] = fromHostScanVar(types[k], vars[k])
	}
	var e interp.Value
	if err != nil {
		e = newError(m, err.Error())
	}
	return interp.Tuple(interp.Int(int64(n)), e)
}

func typeName(i *interp.Iface) string {
	if i == nil {
		return "<nil>"
	}
	return i.T.Name
}

func hostScanVar(t *interp.Type) any {
	switch t.Kind {
	case interp.KBool:
		return new(bool)
	case interp.KInt, interp.KInt64:
		return new(int64)
	case interp.KInt8:
		return new(int8)
	case interp.KInt16:
		return new(int16)
	case interp.KInt32:
		return new(int32)
	case interp.KUint, interp.KUint64, interp.KUintptr:
		return new(uint64)
	case interp.KUint8:
		return new(uint8)
	case interp.KUint16:
		return new(uint16)
	case interp.KUint32:
		return new(uint32)
	case interp.KFloat32:
		return new(float32)
	case interp.KFloat64:
		return new(float64)
	case interp.KString:
		return new(string)
	}
	return nil
}

func fromHostScanVar(t *interp.Type, v any) interp.Value {
	switch p := v.(type) {
	case *bool:
		return interp.Bool(*p)
	case *int64:
		return interp.Int(*p)
	case *int8:
		return interp.Int(int64(*p))
	case *int16:
		return interp.Int(int64(*p))
	case *int32:
		return interp.Int(int64(*p))
	case *uint64:
		return interp.Uint(*p)
	case *uint8:
		return interp.Uint(uint64(*p))
	case *uint16:
		return interp.Uint(uint64(*p))
	case *uint32:
		return interp.Uint(uint64(*p))
	case *float32:
		return interp.Float(float64(*p))
	case *float64:
		return interp.Float(*p)
	case *string:
		return interp.String(*p)
	}
	return interp.Value{}
}
