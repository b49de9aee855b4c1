package main

import (
	"bytes"
	"fmt"
	"log"
	"strings"
)

type Order struct {
	ID    int
	Items []string
	Total float64
}

func process(l *log.Logger, o Order) error {
	l.Printf("order %d: %d items", o.ID, len(o.Items))
	if o.Total <= 0 {
		return fmt.Errorf("order %d: bad total %.2f", o.ID, o.Total)
	}
	l.Println("order", o.ID, "charged", o.Total)
	return nil
}

func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "orders: ", log.Lmsgprefix)
	orders := []Order{
		{1, []string{"book"}, 12.5},
		{2, nil, 0},
		{3, []string{"pen", "ink"}, 4.75},
	}
	for _, o := range orders {
		if err := process(l, o); err != nil {
			l.Print("error: ", err)
		}
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	fmt.Println(len(lines), "lines logged")
	for i, line := range lines {
		fmt.Printf("%2d %s\n", i+1, line)
	}

	var sb strings.Builder
	l.SetOutput(&sb)
	l.SetPrefix("> ")
	l.SetFlags(0)
	l.Print("into a strings.Builder")
	fmt.Printf("%q\n", sb.String())
	fmt.Println(l.Writer() == &sb, buf.Len() > 0)
}
