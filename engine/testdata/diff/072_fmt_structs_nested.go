package main

import "fmt"

type Address struct {
	City string
	Zip  *int
}

type Person struct {
	Name    string
	Age     int
	Tags    []string
	Addr    *Address
	Meta    map[string]any
	private bool
	Next    *Person
	Err     error
	Any     any
}

func main() {
	zip := 12345
	p := Person{
		Name: "Ann", Age: 30, Tags: []string{"admin", "ops"},
		Meta: map[string]any{"k": 1, "a": []int{1}, "z": nil},
	}
	fmt.Printf("%v\n%+v\n", p, p)
	p.Addr = &Address{City: "Oslo"} // printed through p it would show an address
	fmt.Printf("%v %+v\n", *p.Addr, p.Addr)
	fmt.Printf("%#v\n", Address{City: "Rome"})
	fmt.Printf("%#v\n", []any{1, "a", nil, 2.5, true, []byte("x")})
	fmt.Printf("%#v %#v %#v\n", map[string]int{"b": 2, "a": 1}, [2]string{"x"}, struct{ A, B int }{1, 2})
	fmt.Printf("%v %d %s\n", []*int{nil}, []any{1, "x"}, []any{1, "x"})
	pp := &p
	ppp := &pp
	fmt.Printf("%T %T %v\n", pp, ppp, (**ppp).Name)
	fmt.Printf("%v %+v\n", &[]int{1}, &map[string]int{"a": 1})
	p.Addr.Zip = &zip
	fmt.Printf("%v %+v\n", p.Addr.City, *p.Addr.Zip)
	type Tree struct {
		L, R *Tree
		V    int
	}
	t := Tree{V: 1, L: &Tree{V: 2}}
	fmt.Printf("%v %+v\n", t.L.L, *t.L)
	fmt.Printf("%T %T %T %T\n", p.Meta, p.Err, p.Any, main)
	fmt.Printf("%v|%s|%d\n", nil, nil, nil)
	fmt.Printf("%x %X\n", "Address", Address{City: "ab"})
	fmt.Printf("%q\n", []string{"a b", "c\td"})
	fmt.Printf("%v\n", map[Address]int{{City: "b"}: 2, {City: "a"}: 1})
}
