// mapval.go: Go maps, and iteration over maps and strings.

package interp

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"unicode/utf8"
)

// A Map is a Go map. Entries keep their insertion slots; iteration starts
// at a seeded random slot, so the order varies from run to run like Go's
// but is reproducible from the run's seed.
type Map struct {
	index map[any]int32
	slots []slot
	n     int
}

type slot struct {
	key, val Value
	hk       any
	dead     bool
}

func newMap(t *Type) *Map { return &Map{index: make(map[any]int32)} }

// NewMap makes an empty map (for natives).
func NewMap() *Map { return &Map{index: make(map[any]int32)} }

// Len returns the number of entries; a nil map has none.
func (m *Map) Len() int {
	if m == nil {
		return 0
	}
	return m.n
}

// Get looks up k in a map of type t.
func (m *Map) Get(t *Type, k Value) (Value, bool) {
	hk := hashKey(t.Key, k)
	if m != nil {
		if i, ok := m.index[hk]; ok {
			return m.slots[i].val, true
		}
	}
	return Zero(t.Elem), false
}

// Set sets m[k] = v and reports whether the entry is new.
func (m *Map) Set(t *Type, k, v Value) bool {
	hk := hashKey(t.Key, k)
	if i, ok := m.index[hk]; ok {
		m.slots[i].val = v
		return false
	}
	if len(m.slots) > 2*m.n+8 {
		m.compact()
	}
	m.index[hk] = int32(len(m.slots))
	m.slots = append(m.slots, slot{key: k, val: v, hk: hk})
	m.n++
	return true
}

// Delete removes k.
func (m *Map) Delete(t *Type, k Value) {
	if m == nil {
		return
	}
	hk := hashKey(t.Key, k)
	if i, ok := m.index[hk]; ok {
		delete(m.index, hk)
		m.slots[i].dead = true
		m.slots[i].val = Value{}
		m.n--
	}
}

// Clear removes every entry.
func (m *Map) Clear() {
	if m == nil {
		return
	}
	clear(m.index)
	m.slots = nil
	m.n = 0
}

// compact drops dead slots into a new array (iterators keep the old one).
func (m *Map) compact() {
	live := make([]slot, 0, m.n+m.n/2+1)
	for _, s := range m.slots {
		if !s.dead {
			m.index[s.hk] = int32(len(live))
			live = append(live, s)
		}
	}
	m.slots = live
}

// Entries returns the keys and values in insertion order (for natives such
// as fmt, which sorts them).
func (m *Map) Entries() (keys, vals []Value) {
	if m == nil {
		return nil, nil
	}
	for _, s := range m.slots {
		if !s.dead {
			keys = append(keys, s.key)
			vals = append(vals, s.val)
		}
	}
	return keys, vals
}

// Iter starts an iteration.
func (m *Map) Iter(r *rand.Rand) *mapIter {
	it := &mapIter{m: m}
	if m != nil && len(m.slots) > 0 {
		it.slots = m.slots
		it.start = r.IntN(len(m.slots))
	}
	return it
}

type mapIter struct {
	m     *Map
	slots []slot
	start int
	i     int
}

// next returns the tuple (ok, key, value).
func (it *mapIter) next() Value {
	for it.i < len(it.slots) {
		s := it.slots[(it.start+it.i)%len(it.slots)]
		it.i++
		if s.dead {
			continue
		}
		j, ok := it.m.index[s.hk]
		if !ok {
			continue
		}
		return Tuple(Bool(true), s.key, it.m.slots[j].val)
	}
	return Tuple(Bool(false), Value{}, Value{})
}

type stringIter struct {
	s string
	i int
}

func (it *stringIter) next() Value {
	if it.i >= len(it.s) {
		return Tuple(Bool(false), Value{}, Value{})
	}
	r, n := utf8.DecodeRuneInString(it.s[it.i:])
	k := it.i
	it.i += n
	return Tuple(Bool(true), Int(int64(k)), Int(int64(r)))
}

// ifaceKey is the hash key of an interface value.
type ifaceKey struct {
	t *Type
	k any
}

type nanKey struct{ p *int }

// hashKey returns a comparable host value that identifies k, of type t,
// as a map key.
func hashKey(t *Type, k Value) any {
	switch kd := t.Kind; {
	case kd.IsInteger() || kd == KBool:
		// N alone: boxing a uint64 allocates less than a Value, and it
		// hashes without looking at an interface word.
		return k.N
	case kd == KString:
		return k.Str()
	case kd.IsFloat():
		f := k.Float()
		if f != f {
			return nanKey{new(int)}
		}
		return f
	case kd.IsComplex():
		return k.Complex()
	case kd == KInterface:
		i := k.Iface()
		if i == nil {
			return nil
		}
		if !i.T.Comparable() {
			panic(runtimeError("hash of unhashable type " + i.T.Name))
		}
		return ifaceKey{i.T, hashKey(i.T, i.V)}
	case kd == KStruct || kd == KArray:
		var b strings.Builder
		encodeKey(&b, t, k)
		return compositeKey(b.String())
	}
	return k
}

type compositeKey string

func encodeKey(b *strings.Builder, t *Type, k Value) {
	var buf [8]byte
	switch kd := t.Kind; {
	case kd == KStruct:
		for i, f := range t.Fields {
			encodeKey(b, f.Type, k.Elems()[i])
		}
	case kd == KArray:
		for _, e := range k.Elems() {
			encodeKey(b, t.Elem, e)
		}
	case kd == KString:
		s := k.Str()
		binary.LittleEndian.PutUint64(buf[:], uint64(len(s)))
		b.Write(buf[:])
		b.WriteString(s)
	case kd.IsFloat():
		f := k.Float()
		if f == 0 {
			f = 0
		}
		binary.LittleEndian.PutUint64(buf[:], math.Float64bits(f))
		b.Write(buf[:])
	case kd == KInterface:
		i := k.Iface()
		if i == nil {
			b.WriteString("nil;")
			return
		}
		if !i.T.Comparable() {
			panic(runtimeError("hash of unhashable type " + i.T.Name))
		}
		fmt.Fprintf(b, "%p;", i.T)
		encodeKey(b, i.T, i.V)
	case kd == KPointer || kd == KChan:
		fmt.Fprintf(b, "%p;", k.R)
	case kd.IsComplex():
		fmt.Fprintf(b, "%v;", k.Complex())
	default:
		binary.LittleEndian.PutUint64(buf[:], k.N)
		b.Write(buf[:])
	}
}
