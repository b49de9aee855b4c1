// heap.go: the natives of package container/heap, a port of Go's heap.go
// calling the program's Len, Less, Swap, Push and Pop.

package sandbox

import "interleave/engine/interp"

// heapIface adapts a heap.Interface value of the program.
type heapIface struct {
	*ifaceSort
	push, pop *interp.Func
}

func newHeap(t *interp.Thread, v interp.Value) *heapIface {
	s := newIfaceSort(t, v)
	i := v.Iface()
	return &heapIface{s, i.T.Method("Push"), i.T.Method("Pop")}
}

func (h *heapIface) Push(x interp.Value) { h.t.CallFunc(h.push, nil, h.recv, x) }
func (h *heapIface) Pop() interp.Value   { return h.t.CallFunc(h.pop, nil, h.recv) }

func (h *heapIface) up(j int) {
	for {
		i := (j - 1) / 2 // parent
		if i == j || !h.Less(j, i) {
			break
		}
		h.Swap(i, j)
		j = i
	}
}

func (h *heapIface) down(i0, n int) bool {
	i := i0
	for {
		j1 := 2*i + 1
		if j1 >= n || j1 < 0 {
			break
		}
		j := j1
		if j2 := j1 + 1; j2 < n && h.Less(j2, j1) {
			j = j2
		}
		if !h.Less(j, i) {
			break
		}
		h.Swap(i, j)
		i = j
	}
	return i > i0
}

func init() {
	interp.Register("container/heap.Init", func(t *interp.Thread, args []interp.Value) interp.Value {
		h := newHeap(t, args[0])
		n := h.Len()
		for i := n/2 - 1; i >= 0; i-- {
			h.down(i, n)
		}
		return interp.Value{}
	})
	interp.Register("container/heap.Push", func(t *interp.Thread, args []interp.Value) interp.Value {
		h := newHeap(t, args[0])
		h.Push(args[1])
		h.up(h.Len() - 1)
		return interp.Value{}
	})
	interp.Register("container/heap.Pop", func(t *interp.Thread, args []interp.Value) interp.Value {
		h := newHeap(t, args[0])
		n := h.Len() - 1
		h.Swap(0, n)
		h.down(0, n)
		return h.Pop()
	})
	interp.Register("container/heap.Remove", func(t *interp.Thread, args []interp.Value) interp.Value {
		h := newHeap(t, args[0])
		i := int(args[1].Int())
		n := h.Len() - 1
		if n != i {
			h.Swap(i, n)
			if !h.down(i, n) {
				h.up(i)
			}
		}
		return h.Pop()
	})
	interp.Register("container/heap.Fix", func(t *interp.Thread, args []interp.Value) interp.Value {
		h := newHeap(t, args[0])
		i := int(args[1].Int())
		if !h.down(i, h.Len()) {
			h.up(i)
		}
		return interp.Value{}
	})
}
