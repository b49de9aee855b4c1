// utf16.go: the natives of package unicode/utf16.

package sandbox

import (
	"go/types"
	"unicode/utf16"

	"interleave/engine/interp"
)

func init() {
	pure("unicode/utf16.Decode", utf16.Decode)
	pure("unicode/utf16.DecodeRune", utf16.DecodeRune)
	pure("unicode/utf16.Encode", utf16.Encode)
	pure("unicode/utf16.IsSurrogate", utf16.IsSurrogate)
	pure("unicode/utf16.RuneLen", utf16.RuneLen)
}

func init() {
	pure("unicode/utf16.EncodeRune", utf16.EncodeRune)
	interp.Register("unicode/utf16.AppendRune", func(t *interp.Thread, args []interp.Value) interp.Value {
		units := utf16.AppendRune(nil, rune(args[1].Int()))
		vs := make([]interp.Value, len(units))
		for i, u := range units {
			vs[i] = interp.Uint(uint64(u))
		}
		return interp.Value{R: t.Append(t.Machine().TypeOf(types.Typ[types.Uint16]), args[0].Elems(), vs)}
	})
}
