package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

// capture runs f with os.Stdout redirected into a pipe and returns what
// it printed.
func capture(f func()) (string, error) {
	r, w, err := os.Pipe()
	if err != nil {
		return "", err
	}
	saved := os.Stdout
	os.Stdout = w
	f()
	os.Stdout = saved
	w.Close()
	out, err := io.ReadAll(r)
	r.Close()
	return string(out), err
}

func greet(names ...string) {
	for _, n := range names {
		fmt.Printf("hello, %s\n", n)
	}
	fmt.Println(len(names), "greeted")
	fmt.Fprint(os.Stdout, "via Fprint\n")
}

func main() {
	out, err := capture(func() { greet("ann", "bo") })
	fmt.Printf("captured %q err=%v\n", out, err)
	fmt.Println("lines:", strings.Count(out, "\n"))

	r, w, _ := os.Pipe()
	fmt.Fprintln(w, "first")
	bw := bufio.NewWriter(w)
	bw.WriteString("second\n")
	bw.Flush()
	w.Close()
	_, err = w.Write([]byte("late"))
	fmt.Println(err)
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		fmt.Println("pipe:", sc.Text())
	}
	fmt.Println(sc.Err())
	_, err = r.Seek(0, io.SeekStart)
	fmt.Println(err)
	fmt.Println(r.Name(), w.Name())
	r.Close()
	_, err = r.Read(make([]byte, 1))
	fmt.Println(err)

	r2, w2, _ := os.Pipe()
	r2.Close()
	_, err = w2.Write([]byte("x"))
	fmt.Println(err)
	_, err = w2.Read(make([]byte, 1))
	fmt.Println(err)
}
