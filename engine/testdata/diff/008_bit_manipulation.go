package main

import (
	"fmt"
	"math/bits"
)

// A small bitset used for a permission system.
type BitSet uint64

func (b BitSet) Has(i uint) bool { return b&(1<<i) != 0 }
func (b *BitSet) Set(i uint)     { *b |= 1 << i }
func (b *BitSet) Clear(i uint)   { *b &^= 1 << i }
func (b BitSet) Count() int      { return bits.OnesCount64(uint64(b)) }
func (b BitSet) String() string  { return fmt.Sprintf("%016b", uint64(b)&0xffff) }
func popcount(x uint32) (n int) {
	for ; x != 0; x &= x - 1 {
		n++
	}
	return
}

func main() {
	var s BitSet
	for _, i := range []uint{0, 3, 5, 9, 15} {
		s.Set(i)
	}
	fmt.Println(s, s.Count(), s.Has(3), s.Has(4))
	s.Clear(3)
	fmt.Println(s, s.Count())
	fmt.Println(popcount(0xdeadbeef), bits.LeadingZeros32(1), bits.TrailingZeros64(8))
	fmt.Println(bits.Reverse8(0b00010110), bits.RotateLeft8(0b10000001, 1), bits.Len(255))
	x := uint16(0xABCD)
	fmt.Printf("%04x %04x %04x\n", x>>8, x&0xff, x<<4)
	fmt.Println(^0, ^uint8(5), -1>>10, uint32(1)<<31>>31)
	var i int32 = -8
	fmt.Println(i>>1, uint32(i)>>1, i<<28)
	hi, lo := bits.Mul64(1<<63, 4)
	fmt.Println(hi, lo)
	sum, carry := bits.Add64(^uint64(0), 1, 0)
	fmt.Println(sum, carry)
}
