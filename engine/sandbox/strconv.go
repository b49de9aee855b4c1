// strconv.go: the natives of package strconv.

package sandbox

import (
	"strconv"

	"interleave/engine/interp"
)

func init() {
	pure("strconv.Atoi", strconv.Atoi)
	pure("strconv.CanBackquote", strconv.CanBackquote)
	pure("strconv.FormatBool", strconv.FormatBool)
	pure("strconv.FormatComplex", strconv.FormatComplex)
	pure("strconv.FormatFloat", strconv.FormatFloat)
	pure("strconv.FormatInt", strconv.FormatInt)
	pure("strconv.FormatUint", strconv.FormatUint)
	pure("strconv.IsGraphic", strconv.IsGraphic)
	pure("strconv.IsPrint", strconv.IsPrint)
	pure("strconv.Itoa", strconv.Itoa)
	pure("strconv.ParseBool", strconv.ParseBool)
	pure("strconv.ParseComplex", strconv.ParseComplex)
	pure("strconv.ParseFloat", strconv.ParseFloat)
	pure("strconv.ParseInt", strconv.ParseInt)
	pure("strconv.ParseUint", strconv.ParseUint)
	pure("strconv.Quote", strconv.Quote)
	pure("strconv.QuoteRune", strconv.QuoteRune)
	pure("strconv.QuoteRuneToASCII", strconv.QuoteRuneToASCII)
	pure("strconv.QuoteRuneToGraphic", strconv.QuoteRuneToGraphic)
	pure("strconv.QuoteToASCII", strconv.QuoteToASCII)
	pure("strconv.QuoteToGraphic", strconv.QuoteToGraphic)
	pure("strconv.QuotedPrefix", strconv.QuotedPrefix)
	pure("strconv.Unquote", strconv.Unquote)
	pure("strconv.UnquoteChar", strconv.UnquoteChar)
}

func init() {
	// The Append functions append to the program's slice, as Go's append
	// does: in place when the capacity allows.
	appender := func(name string, f func(args []interp.Value) []byte) {
		interp.Register(name, func(t *interp.Thread, args []interp.Value) interp.Value {
			b := f(args)
			return interp.Value{R: t.Append(byteType(t.Machine()), args[0].Elems(), interp.MakeBytes(b).Elems())}
		})
	}
	appender("strconv.AppendInt", func(a []interp.Value) []byte { return strconv.AppendInt(nil, a[1].Int(), int(a[2].Int())) })
	appender("strconv.AppendUint", func(a []interp.Value) []byte { return strconv.AppendUint(nil, a[1].Uint(), int(a[2].Int())) })
	appender("strconv.AppendBool", func(a []interp.Value) []byte { return strconv.AppendBool(nil, a[1].Bool()) })
	appender("strconv.AppendFloat", func(a []interp.Value) []byte {
		return strconv.AppendFloat(nil, a[1].Float(), byte(a[2].N), int(a[3].Int()), int(a[4].Int()))
	})
	appender("strconv.AppendQuote", func(a []interp.Value) []byte { return strconv.AppendQuote(nil, a[1].Str()) })
	appender("strconv.AppendQuoteToASCII", func(a []interp.Value) []byte { return strconv.AppendQuoteToASCII(nil, a[1].Str()) })
	appender("strconv.AppendQuoteToGraphic", func(a []interp.Value) []byte { return strconv.AppendQuoteToGraphic(nil, a[1].Str()) })
	appender("strconv.AppendQuoteRuneToGraphic", func(a []interp.Value) []byte { return strconv.AppendQuoteRuneToGraphic(nil, rune(a[1].Int())) })
	appender("strconv.AppendQuoteRune", func(a []interp.Value) []byte { return strconv.AppendQuoteRune(nil, rune(a[1].Int())) })
	appender("strconv.AppendQuoteRuneToASCII", func(a []interp.Value) []byte {
		return strconv.AppendQuoteRuneToASCII(nil, rune(a[1].Int()))
	})

	// *strconv.NumError is the program's struct {Func, Num string; Err error}.
	interp.Register("(*strconv.NumError).Error", func(t *interp.Thread, args []interp.Value) interp.Value {
		fs := args[0].Ptr().Elems()
		return interp.String("strconv." + fs[0].Str() + ": parsing " + strconv.Quote(fs[1].Str()) + ": " + errorText(t, fs[2]))
	})
	interp.Register("(*strconv.NumError).Unwrap", func(t *interp.Thread, args []interp.Value) interp.Value {
		return args[0].Ptr().Elems()[2]
	})
}
