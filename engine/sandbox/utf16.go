// utf16.go: the natives of package unicode/utf16.

package sandbox

import "unicode/utf16"

func init() {
	pure("unicode/utf16.Decode", utf16.Decode)
	pure("unicode/utf16.DecodeRune", utf16.DecodeRune)
	pure("unicode/utf16.Encode", utf16.Encode)
	pure("unicode/utf16.IsSurrogate", utf16.IsSurrogate)
	pure("unicode/utf16.RuneLen", utf16.RuneLen)
}
