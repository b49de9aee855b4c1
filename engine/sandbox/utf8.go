// utf8.go: the natives of package unicode/utf8.

package sandbox

import (
	"unicode/utf8"

	"interleave/engine/interp"
)

func init() {
	pure("unicode/utf8.DecodeLastRune", utf8.DecodeLastRune)
	pure("unicode/utf8.DecodeLastRuneInString", utf8.DecodeLastRuneInString)
	pure("unicode/utf8.DecodeRune", utf8.DecodeRune)
	pure("unicode/utf8.DecodeRuneInString", utf8.DecodeRuneInString)
	pure("unicode/utf8.FullRune", utf8.FullRune)
	pure("unicode/utf8.FullRuneInString", utf8.FullRuneInString)
	pure("unicode/utf8.RuneCount", utf8.RuneCount)
	pure("unicode/utf8.RuneCountInString", utf8.RuneCountInString)
	pure("unicode/utf8.RuneLen", utf8.RuneLen)
	pure("unicode/utf8.RuneStart", utf8.RuneStart)
	pure("unicode/utf8.Valid", utf8.Valid)
	pure("unicode/utf8.ValidRune", utf8.ValidRune)
	pure("unicode/utf8.ValidString", utf8.ValidString)
}

func init() {
	interp.Register("unicode/utf8.AppendRune", func(t *interp.Thread, args []interp.Value) interp.Value {
		b := utf8.AppendRune(nil, rune(args[1].Int()))
		return interp.Value{R: t.Append(byteType(t.Machine()), args[0].Elems(), interp.MakeBytes(b).Elems())}
	})
	interp.Register("unicode/utf8.EncodeRune", func(t *interp.Thread, args []interp.Value) interp.Value {
		var buf [utf8.UTFMax]byte
		n := utf8.EncodeRune(buf[:], rune(args[1].Int()))
		p := args[0].Elems()
		if len(p) < n {
			t.RuntimeError(indexError(n-1, len(p)))
		}
		for i := range n {
			p[i] = interp.Uint(uint64(buf[i]))
		}
		return interp.Int(int64(n))
	})
}

// indexError is the text of an index out of range runtime error.
func indexError(i, n int) string {
	return "index out of range [" + itoa(int64(i)) + "] with length " + itoa(int64(n))
}
