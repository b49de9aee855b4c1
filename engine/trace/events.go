// events.go: how a Trace stores its events. A run can make a million of
// them, and recording must cost little next to the run: the events are
// encoded into chunks of bytes that are never copied as the trace grows,
// and that the garbage collector never scans (storing an event needs no
// write barrier). An event takes one of two forms:
//
//   - packed (AppendOp, most events): two little-endian words with every
//     field at a fixed place, then the value if it does not fit in them:
//     16 bytes for most events, written with a few stores;
//   - general (Append, and the events whose fields do not fit the packed
//     form): its kind, a mask of the fields it sets, then those fields as
//     varints and its strings inline.

package trace

import (
	"encoding/binary"
	"iter"
	"slices"
	"strconv"
	"unsafe"
)

// chunkBytes is the size of a chunk of encoded events (a bigger event
// gets a chunk of its own size).
const chunkBytes = 64 << 10

// indexEvery is how often the index of positions has an entry: finding
// event i decodes up to indexEvery-1 events before it.
const indexEvery = 64

// events is a Trace's events. Appending one stores no pointer (but to
// start a chunk): the garbage collector's write barrier stays out of it.
type events struct {
	// chunks hold the encoded events, end to end; cur is the last, filled
	// up to off (the others are cut to what they hold). Bytes once written
	// are never written again (but a GoBlock event's object: BlockedOn),
	// so a string decoded from them needs no copy.
	chunks [][]byte
	cur    []byte
	off    int
	// at[k] is where event k*indexEvery starts.
	at []cursor
	n  int // events
	// changes counts the changes to past events (BlockedOn): the fold's
	// checkpoints are for one count and one length.
	changes int
	reasons []string // the events' wait reasons, numbered from 1
	// where the latest GoBlock event starts, and its goroutine
	lastBlock  cursor
	lastBlockG int
}

// A cursor is where an event starts: in chunk c, at offset off.
type cursor struct{ c, off int32 }

// Len returns the number of events.
func (t *Trace) Len() int { return t.n }

// A Val is the value of an event that AppendOp records: text, or a
// number kept as a number until the event is read (formatting it would
// cost a run more than recording the rest of the event).
type Val struct {
	s    string
	n    int64
	kind uint64 // valNone, valText, valInt or valChan
}

// The kinds of Val, as the packed form stores them.
const (
	valNone = iota
	valText
	valInt
	valChan // "chan#" and the number
)

// TextVal is the value s.
func TextVal(s string) Val {
	if s == "" {
		return Val{}
	}
	return Val{s: s, kind: valText}
}

// IntVal is the value n, as %v prints it.
func IntVal(n int64) Val { return Val{n: n, kind: valInt} }

// ChanVal is the channel numbered id, as the trace prints channels
// ("chan#3").
func ChanVal(id int) Val { return Val{n: int64(id), kind: valChan} }

// String returns v as an event's Value.
func (v Val) String() string {
	switch v.kind {
	case valText:
		return v.s
	case valInt:
		return strconv.FormatInt(v.n, 10)
	case valChan:
		return "chan#" + strconv.FormatInt(v.n, 10)
	}
	return ""
}

// The packed form: word 0 holds the kind (with packedBit set: the first
// byte tells the forms apart), the value's kind, the goroutine, the other
// goroutine, the line, the reason's number and wideBit; word 1 holds the
// object, the column and a value of 24 bits. A value that does not fit
// follows the words: a number in a third word (wideBit), text as a
// uvarint length and its bytes.
const (
	packedBit = 0x80
	wideBit   = 1 << 63
	inlineMin = -1 << 23 // the values that fit in word 1
	inlineMax = 1<<23 - 1
)

// AppendOp is Append for the events a program makes most (reads and
// writes of shared variables, sends, receives, goroutines blocking on one
// object and unblocking), without making an Event.
func (t *Trace) AppendOp(k Kind, g int, p Pos, obj, other int, v Val, reason string) {
	r := 0
	if reason != "" {
		r = t.reason(reason)
	}
	if uint(g) >= 1<<16 || uint(other) >= 1<<16 || uint(p.Line) >= 1<<16 || uint(p.Col) >= 1<<16 ||
		uint(obj) >= 1<<24 || r >= 1<<5 {
		t.Append(&Event{Kind: k, G: g, Pos: p, Obj: obj, Other: other, Value: v.String(), Reason: reason})
		return
	}
	b := t.room(32 + len(v.s))
	if b == nil {
		return
	}
	w0 := uint64(k) | packedBit | v.kind<<8 | uint64(g)<<10 | uint64(other)<<26 | uint64(p.Line)<<42 | uint64(r)<<58
	w1 := uint64(obj) | uint64(p.Col)<<24
	i := 16
	switch {
	case v.kind == valText:
		i = put(b, i, uint64(len(v.s)))
		i += copy(b[i:], v.s)
	case v.kind != valNone && v.n >= inlineMin && v.n <= inlineMax:
		w1 |= uint64(v.n) << 40
	case v.kind != valNone:
		w0 |= wideBit
		binary.LittleEndian.PutUint64(b[16:], uint64(v.n))
		i += 8
	}
	binary.LittleEndian.PutUint64(b, w0)
	binary.LittleEndian.PutUint64(b[8:], w1)
	if k == GoBlock {
		t.lastBlock, t.lastBlockG = t.here(), g
	}
	t.off += i
}

// here is where the event being appended starts.
func (t *Trace) here() cursor { return cursor{int32(len(t.chunks) - 1), int32(t.off)} }

// The fields a general event sets, in the order they follow its mask.
const (
	hasG = 1 << iota
	hasOther
	hasObj
	hasLine
	hasCol
	hasN
	hasValue
	hasText
	hasReason
	hasObjs
	isClosed
)

// Append adds a copy of *e to the end of the trace as event number Len()
// (its Step is ignored). Past MaxEvents events, it marks the trace
// Truncated instead.
func (t *Trace) Append(e *Event) {
	b := t.room(7 + 10*10 + len(e.Value) + len(e.Text) + 10*len(e.Objs))
	if b == nil {
		return
	}
	b[0] = byte(e.Kind)
	i := 3 // after the mask
	if e.Kind == GoBlock {
		binary.LittleEndian.PutUint32(b[i:], uint32(e.Obj))
		i += 4
		t.lastBlock, t.lastBlockG = t.here(), e.G
	}
	var mask uint16
	i, mask = putInt(b, i, mask, hasG, e.G)
	i, mask = putInt(b, i, mask, hasOther, e.Other)
	if e.Kind != GoBlock {
		i, mask = putInt(b, i, mask, hasObj, e.Obj)
	}
	i, mask = putInt(b, i, mask, hasLine, e.Pos.Line)
	i, mask = putInt(b, i, mask, hasCol, e.Pos.Col)
	if e.N != 0 {
		mask |= hasN
		i = put(b, i, uint64(e.N<<1^e.N>>63)) // zigzag, as binary.AppendVarint
	}
	i, mask = putString(b, i, mask, hasValue, e.Value)
	i, mask = putString(b, i, mask, hasText, e.Text)
	if e.Reason != "" {
		i, mask = put(b, i, uint64(t.reason(e.Reason))), mask|hasReason
	}
	if len(e.Objs) > 0 {
		mask |= hasObjs
		i = put(b, i, uint64(len(e.Objs)))
		for _, id := range e.Objs {
			i = put(b, i, uint64(id))
		}
	}
	if e.Closed {
		mask |= isClosed
	}
	b[1], b[2] = byte(mask), byte(mask>>8)
	t.off += i
}

// room makes room for an event of at most need bytes at the end of the
// trace and counts it in. It returns the room, or nil past MaxEvents.
func (t *Trace) room(need int) []byte {
	if t.n >= MaxEvents {
		t.Truncated = true
		return nil
	}
	if len(t.cur)-t.off < need {
		size := chunkBytes
		if t.chunks == nil {
			size = 1 << 10 // a short run's trace stays small
		} else {
			t.chunks[len(t.chunks)-1] = t.cur[:t.off]
		}
		t.cur, t.off = make([]byte, max(size, need)), 0
		t.chunks = append(t.chunks, t.cur)
	}
	if t.n%indexEvery == 0 {
		t.at = append(t.at, t.here())
	}
	t.n++
	return t.cur[t.off : t.off+need]
}

// reason returns the number of the wait reason r. The reasons are the few
// constant strings of the engine's code, so finding one mostly compares
// pointers.
func (t *Trace) reason(r string) int {
	k := slices.Index(t.reasons, r)
	if k < 0 {
		k = len(t.reasons)
		t.reasons = append(t.reasons, r)
	}
	return k + 1
}

// putInt writes v at b[i:] unless it is 0, and adds bit to mask if it
// wrote it.
func putInt(b []byte, i int, mask, bit uint16, v int) (int, uint16) {
	if v == 0 {
		return i, mask
	}
	return put(b, i, uint64(v)), mask | bit
}

// putString writes s's length and bytes at b[i:] unless it is empty, and
// adds bit to mask if it wrote it.
func putString(b []byte, i int, mask, bit uint16, s string) (int, uint16) {
	if s == "" {
		return i, mask
	}
	i = put(b, i, uint64(len(s)))
	return i + copy(b[i:], s), mask | bit
}

// put writes v as a uvarint at b[i:], returning the index after it.
func put(b []byte, i int, v uint64) int {
	for v >= 0x80 {
		b[i] = byte(v) | 0x80
		v >>= 7
		i++
	}
	b[i] = byte(v)
	return i + 1
}

// Event returns event i (0 <= i < Len()).
func (t *Trace) Event(i int) Event {
	e, _ := t.decode(t.seek(i), i)
	return e
}

// Range calls yield with the events from..to-1 in order (cheaper than
// Event for each).
func (t *Trace) Range(from, to int) iter.Seq2[int, Event] {
	return func(yield func(int, Event) bool) {
		to = min(to, t.n)
		if from >= to {
			return
		}
		at := t.seek(from)
		for i := from; i < to; i++ {
			var e Event
			e, at = t.decode(at, i)
			if !yield(i, e) {
				return
			}
		}
	}
}

// Events returns a copy of events from..to-1.
func (t *Trace) Events(from, to int) []Event {
	evs := make([]Event, 0, max(min(to, t.n)-from, 0))
	for _, e := range t.Range(from, to) {
		evs = append(evs, e)
	}
	return evs
}

// chunk returns the bytes of chunk c that hold events.
func (t *Trace) chunk(c int32) []byte {
	if int(c) == len(t.chunks)-1 {
		return t.cur[:t.off]
	}
	return t.chunks[c]
}

// seek returns where event i starts.
func (t *Trace) seek(i int) cursor {
	at := t.at[i/indexEvery]
	for range i % indexEvery {
		at = t.after(at, t.size(t.chunk(at.c)[at.off:]))
	}
	return at
}

// after returns where the event after the one at at, n bytes long,
// starts.
func (t *Trace) after(at cursor, n int) cursor {
	at.off += int32(n)
	if int(at.off) == len(t.chunk(at.c)) {
		at = cursor{at.c + 1, 0}
	}
	return at
}

// size returns the length of the event that b starts with.
func (t *Trace) size(b []byte) int {
	if b[0]&packedBit != 0 {
		return packedSize(b)
	}
	_, n := t.decodeGeneral(b)
	return n
}

// decode returns the event at at, numbered step, and where the next one
// starts.
func (t *Trace) decode(at cursor, step int) (Event, cursor) {
	b := t.chunk(at.c)[at.off:]
	var e Event
	var n int
	if b[0]&packedBit != 0 {
		e, n = t.decodePacked(b), packedSize(b)
	} else {
		e, n = t.decodeGeneral(b)
	}
	e.Step = step
	return e, t.after(at, n)
}

// decodeGeneral returns the general event b starts with and its length.
func (t *Trace) decodeGeneral(b []byte) (Event, int) {
	size := len(b)
	e := Event{Kind: Kind(b[0])}
	mask := uint16(b[1]) | uint16(b[2])<<8
	b = b[3:]
	if e.Kind == GoBlock {
		e.Obj = int(binary.LittleEndian.Uint32(b))
		b = b[4:]
	}
	uvarint := func(bit uint16) int {
		if mask&bit == 0 {
			return 0
		}
		v, n := binary.Uvarint(b)
		b = b[n:]
		return int(v)
	}
	e.G = uvarint(hasG)
	e.Other = uvarint(hasOther)
	if o := uvarint(hasObj); o != 0 {
		e.Obj = o
	}
	e.Pos = Pos{uvarint(hasLine), uvarint(hasCol)}
	if mask&hasN != 0 {
		v, n := binary.Varint(b)
		e.N, b = v, b[n:]
	}
	e.Value, b = decodeString(b, mask&hasValue != 0)
	e.Text, b = decodeString(b, mask&hasText != 0)
	if r := uvarint(hasReason); r > 0 {
		e.Reason = t.reasons[r-1]
	}
	if n := uvarint(hasObjs); n > 0 {
		e.Objs = make([]int, n)
		for j := range e.Objs {
			e.Objs[j] = uvarint(hasObjs)
		}
	}
	e.Closed = mask&isClosed != 0
	return e, size - len(b)
}

// packedSize returns the length of the packed event b starts with.
func packedSize(b []byte) int {
	w0 := binary.LittleEndian.Uint64(b)
	switch {
	case w0>>8&3 == valText:
		l, n := binary.Uvarint(b[16:])
		return 16 + n + int(l)
	case w0&wideBit != 0:
		return 24
	}
	return 16
}

// decodePacked returns the packed event b starts with.
func (t *Trace) decodePacked(b []byte) Event {
	w0, w1 := binary.LittleEndian.Uint64(b), binary.LittleEndian.Uint64(b[8:])
	e := Event{
		Kind: Kind(w0 & (packedBit - 1)),
		G:    int(w0 >> 10 & 0xffff), Other: int(w0 >> 26 & 0xffff),
		Pos: Pos{int(w0 >> 42 & 0xffff), int(w1 >> 24 & 0xffff)},
		Obj: int(w1 & 0xffffff),
	}
	if r := int(w0 >> 58 & 0x1f); r > 0 {
		e.Reason = t.reasons[r-1]
	}
	v := Val{kind: w0 >> 8 & 3, n: int64(w1) >> 40} // sign-extended
	switch {
	case v.kind == valText:
		v.s, _ = decodeString(b[16:], true)
	case w0&wideBit != 0:
		v.n = int64(binary.LittleEndian.Uint64(b[16:]))
	}
	e.Value = v.String()
	return e
}

// decodeString returns the string b starts with if there is one, and the
// rest of b.
func decodeString(b []byte, ok bool) (string, []byte) {
	if !ok {
		return "", b
	}
	l, n := binary.Uvarint(b)
	b = b[n:]
	if l == 0 {
		return "", b
	}
	return unsafe.String(&b[0], l), b[l:]
}

// BlockedOn completes the latest block event if it is goroutine g's and
// names no object: g waits on obj. A library function may learn what it
// waits on only after it has parked, just after its block event.
func (t *Trace) BlockedOn(g, obj int) {
	if t.lastBlockG != g || t.n == 0 {
		return
	}
	b := t.chunk(t.lastBlock.c)[t.lastBlock.off:]
	switch {
	case Kind(b[0]&^packedBit) != GoBlock:
		return
	case b[0]&packedBit != 0:
		w1 := binary.LittleEndian.Uint64(b[8:])
		if w1&0xffffff != 0 || uint(obj) >= 1<<24 {
			return
		}
		binary.LittleEndian.PutUint64(b[8:], w1|uint64(obj))
	default:
		mask := uint16(b[1]) | uint16(b[2])<<8
		if binary.LittleEndian.Uint32(b[3:]) != 0 || mask&hasObjs != 0 {
			return
		}
		binary.LittleEndian.PutUint32(b[3:], uint32(obj))
	}
	t.changes++
}

// Compact gives back the room the last chunk will not use: a finished
// trace lives on in the UI.
func (t *Trace) Compact() {
	if k := len(t.chunks) - 1; k >= 0 && len(t.cur) > t.off+t.off/4 {
		t.cur = append([]byte(nil), t.cur[:t.off]...)
		t.chunks[k] = t.cur
	}
}
