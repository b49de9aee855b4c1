package main

import "fmt"

type Shape interface {
	Area() float64
}

type Square struct{ S float64 }
type Circle struct{ R float64 }

func (s Square) Area() float64  { return s.S * s.S }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }

func describe(vals []any) {
	for _, v := range vals {
		switch x := v.(type) {
		case nil:
			fmt.Println("nil")
		case int, int64:
			fmt.Printf("integer %v %T\n", x, x)
		case Shape:
			fmt.Printf("shape %.1f\n", x.Area())
		case fmt.Stringer:
			fmt.Println("stringer", x)
		case error:
			fmt.Println("error", x)
		default:
			fmt.Printf("other %T\n", x)
		}
	}
}

func main() {
	describe([]any{nil, 3, int64(4), Square{2}, &Circle{1}, Circle{1}, fmt.Errorf("e"), "s"})
	var s Shape = Square{3}
	if c, ok := s.(*Circle); !ok {
		fmt.Println("not a circle", c == nil)
	}
	sq := s.(Square)
	fmt.Println(sq.S)
	var e any = Circle{2}
	_, ok := e.(Shape)
	fmt.Println(ok)
	func() {
		defer func() { fmt.Println("r:", recover()) }()
		_ = e.(Shape)
	}()
	func() {
		defer func() { fmt.Println("r:", recover()) }()
		var nothing any
		_ = nothing.(string)
	}()
	func() {
		defer func() { fmt.Println("r:", recover()) }()
		var sh Shape
		sh.Area()
	}()
	c := s.(*Circle)
	fmt.Println(c)
}
