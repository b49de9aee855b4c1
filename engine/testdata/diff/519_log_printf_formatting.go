package main

import (
	"errors"
	"fmt"
	"log"
	"os"
	"time"
)

type User struct {
	Name  string
	Email string
	Age   int
}

func (u *User) String() string { return u.Name + " <" + u.Email + ">" }

type broken struct{}

func (broken) String() string { panic("String exploded") }

type code int

func (c code) Error() string { return fmt.Sprintf("E%03d", int(c)) }

func main() {
	l := log.New(os.Stdout, "", 0)
	u := &User{"Ada", "ada@example.com", 36}
	l.Printf("user %v", u)
	l.Printf("user %+v", *u)
	l.Printf("%-8s|%8s|", "left", "right")
	l.Printf("%6.2f %x %X %o %b %e", 3.14159, 255, "hi", 8, 5, 1234.5678)
	l.Printf("%q %v %d", []string{"a", "b"}, map[int]bool{2: true, 1: false}, []int{1, 2, 3})
	l.Printf("%w", errors.New("not wrapped by log"))
	l.Printf("%d %s", "wrong", 5)
	l.Printf("missing %d")
	l.Printf("extra", 1)
	l.Println(broken{})
	l.Println(code(7), error(code(42)), time.Duration(1500)*time.Millisecond)
	wrapped := fmt.Errorf("load user: %w", code(404))
	l.Println(wrapped, errors.Is(wrapped, code(404)))
	var np *User
	l.Printf("%v %s", np, nil)
	l.Print(true, false, 'x', "x", 2+3i, uint8(200), []byte("hi"))
}
