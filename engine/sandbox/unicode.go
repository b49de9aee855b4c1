// unicode.go: the natives of package unicode.

package sandbox

import (
	"unicode"

	"interleave/engine/interp"
)

func init() {
	pure("unicode.In", unicode.In)
	pure("unicode.Is", unicode.Is)
	pure("unicode.IsControl", unicode.IsControl)
	pure("unicode.IsDigit", unicode.IsDigit)
	pure("unicode.IsGraphic", unicode.IsGraphic)
	pure("unicode.IsLetter", unicode.IsLetter)
	pure("unicode.IsLower", unicode.IsLower)
	pure("unicode.IsMark", unicode.IsMark)
	pure("unicode.IsNumber", unicode.IsNumber)
	pure("unicode.IsOneOf", unicode.IsOneOf)
	pure("unicode.IsPrint", unicode.IsPrint)
	pure("unicode.IsPunct", unicode.IsPunct)
	pure("unicode.IsSpace", unicode.IsSpace)
	pure("unicode.IsSymbol", unicode.IsSymbol)
	pure("unicode.IsTitle", unicode.IsTitle)
	pure("unicode.IsUpper", unicode.IsUpper)
	pure("unicode.SimpleFold", unicode.SimpleFold)
	pure("unicode.To", unicode.To)
	pure("unicode.ToLower", unicode.ToLower)
	pure("unicode.ToTitle", unicode.ToTitle)
	pure("unicode.ToUpper", unicode.ToUpper)
}

// The range tables (unicode.Latin, unicode.Upper) are pointers whose cell
// holds the host's table; the natives pass it to the host's functions.
func init() {
	table := func(name string, tab *unicode.RangeTable) {
		interp.RegisterGlobal("unicode."+name, func(m *interp.Machine, t *interp.Type) interp.Value {
			return interp.Value{R: &interp.Value{R: tab}}
		})
	}
	for _, group := range []map[string]*unicode.RangeTable{unicode.Categories, unicode.Scripts, unicode.Properties} {
		for name, tab := range group {
			table(name, tab)
		}
	}
	for name, tab := range map[string]*unicode.RangeTable{
		"Cc": unicode.Cc, "Cf": unicode.Cf, "Co": unicode.Co, "Cs": unicode.Cs, "Digit": unicode.Digit,
		"Nd": unicode.Nd, "Letter": unicode.Letter, "L": unicode.L, "Lm": unicode.Lm, "Lo": unicode.Lo,
		"Lower": unicode.Lower, "Ll": unicode.Ll, "Mark": unicode.Mark, "M": unicode.M, "Mc": unicode.Mc,
		"Me": unicode.Me, "Mn": unicode.Mn, "Nl": unicode.Nl, "No": unicode.No, "Number": unicode.Number,
		"N": unicode.N, "Other": unicode.Other, "C": unicode.C, "Pc": unicode.Pc, "Pd": unicode.Pd,
		"Pe": unicode.Pe, "Pf": unicode.Pf, "Pi": unicode.Pi, "Po": unicode.Po, "Ps": unicode.Ps,
		"Punct": unicode.Punct, "P": unicode.P, "Sc": unicode.Sc, "Sk": unicode.Sk, "Sm": unicode.Sm,
		"So": unicode.So, "Space": unicode.Space, "Z": unicode.Z, "Symbol": unicode.Symbol, "S": unicode.S,
		"Title": unicode.Title, "Lt": unicode.Lt, "Upper": unicode.Upper, "Lu": unicode.Lu, "Zl": unicode.Zl,
		"Zp": unicode.Zp, "Zs": unicode.Zs, "GraphicRanges": nil,
	} {
		if tab != nil {
			table(name, tab)
		}
	}
}

// A unicode.SpecialCase is the program's []CaseRange{Lo, Hi uint32; Delta
// [3]rune}; specialCase converts it for the host's functions.
func specialCase(v interp.Value) unicode.SpecialCase {
	var sc unicode.SpecialCase
	for _, cr := range v.Elems() {
		f := cr.Elems()
		d := f[2].Elems()
		sc = append(sc, unicode.CaseRange{Lo: uint32(f[0].N), Hi: uint32(f[1].N), Delta: [unicode.MaxCase]rune{rune(d[0].Int()), rune(d[1].Int()), rune(d[2].Int())}})
	}
	return sc
}

// specialCaseValue converts a host SpecialCase (unicode.TurkishCase).
func specialCaseValue(sc unicode.SpecialCase) interp.Value {
	out := make([]interp.Value, len(sc))
	for i, cr := range sc {
		out[i] = interp.Value{R: []interp.Value{interp.Uint(uint64(cr.Lo)), interp.Uint(uint64(cr.Hi)),
			{R: []interp.Value{interp.Int(int64(cr.Delta[0])), interp.Int(int64(cr.Delta[1])), interp.Int(int64(cr.Delta[2]))}}}}
	}
	return interp.Value{R: out}
}

func init() {
	for _, name := range []string{"TurkishCase", "AzeriCase"} {
		interp.RegisterGlobal("unicode."+name, func(m *interp.Machine, _ *interp.Type) interp.Value {
			return specialCaseValue(unicode.TurkishCase)
		})
	}
	for _, name := range []string{"ToUpper", "ToLower", "ToTitle"} {
		interp.Register("(unicode.SpecialCase)."+name, func(t *interp.Thread, args []interp.Value) interp.Value {
			sc := specialCase(args[0])
			r := rune(args[1].Int())
			switch name {
			case "ToUpper":
				r = sc.ToUpper(r)
			case "ToLower":
				r = sc.ToLower(r)
			default:
				r = sc.ToTitle(r)
			}
			return interp.Int(int64(r))
		})
	}
}
