// iter.go: the natives of package iter.

package sandbox

import (
	"interleave/engine/interp"
)

func init() {
	interp.Register("iter.Pull", func(t *interp.Thread, args []interp.Value) interp.Value {
		next, stop := t.Pull(args[0], false)
		return interp.Tuple(next, stop)
	})
	interp.Register("iter.Pull2", func(t *interp.Thread, args []interp.Value) interp.Value {
		next, stop := t.Pull(args[0], true)
		return interp.Tuple(next, stop)
	})
}
