package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

type item struct {
	name  string
	qty   int
	price float64
}

func main() {
	items := []item{{"apple", 3, 0.5}, {"bread", 1, 2.25}, {"cheese", 2, 4.8}, {"dates", 12, 0.3}}
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()

	fmt.Fprintf(w, "%-8s %4s %8s\n", "ITEM", "QTY", "TOTAL")
	fmt.Fprintln(w, strings.Repeat("-", 22))
	var sum float64
	for _, it := range items {
		total := float64(it.qty) * it.price
		sum += total
		fmt.Fprintf(w, "%-8s %4d %8.2f\n", it.name, it.qty, total)
	}
	w.WriteString(strings.Repeat("=", 22))
	w.WriteByte('\n')
	w.WriteRune('Σ')
	fmt.Fprintf(w, " %20.2f\n", sum)
	fmt.Fprintf(w, "buffered=%d available=%d size=%d\n", w.Buffered(), w.Available(), w.Size())

	small := bufio.NewWriterSize(os.Stdout, 16)
	for i := 0; i < 5; i++ {
		fmt.Fprintf(small, "line %d of the small writer\n", i)
	}
	fmt.Fprintf(small, "pending %d bytes\n", small.Buffered())
	if err := small.Flush(); err != nil {
		fmt.Println("flush error:", err)
	}

	var sb strings.Builder
	bw := bufio.NewWriter(&sb)
	bw.WriteString("hidden until flush")
	fmt.Fprintf(w, "before flush: %q\n", sb.String())
	bw.Flush()
	fmt.Fprintf(w, "after flush: %q\n", sb.String())
	bw.Reset(&sb)
	fmt.Fprintln(bw, "again")
	bw.Flush()
	fmt.Fprintf(w, "after reset: %q\n", sb.String())
}
