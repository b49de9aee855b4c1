package main

import (
	"fmt"
	"os"
)

func main() {
	fi, err := os.Stdin.Stat()
	fmt.Println(fi.Name(), fi.Mode(), fi.Mode()&os.ModeCharDevice != 0, err)
	os.WriteFile("ln129_a.txt", []byte("shared"), 0o644)
	defer os.Remove("ln129_a.txt")
	fmt.Println(os.Link("ln129_a.txt", "ln129_b.txt"))
	defer os.Remove("ln129_b.txt")
	os.WriteFile("ln129_b.txt", []byte("changed via b"), 0o644)
	a, _ := os.ReadFile("ln129_a.txt")
	fmt.Println(string(a))
	fmt.Println(os.Link("ln129_a.txt", "ln129_b.txt"))
	fmt.Println(os.Link("nope.txt", "ln129_c.txt"))
	os.Mkdir("ln129_dir", 0o755)
	defer os.Remove("ln129_dir")
	fmt.Println(os.Link("ln129_dir", "ln129_dir2"))
	os.Remove("ln129_a.txt")
	b, err := os.ReadFile("ln129_b.txt")
	fmt.Println(string(b), err)
	s1, _ := os.Stat("ln129_b.txt")
	f, _ := os.Open("ln129_b.txt")
	s2, _ := f.Stat()
	fmt.Println(os.SameFile(s1, s2))

	out := os.NewFile(1, "my-stdout")
	fmt.Fprintln(out, "through NewFile(1)")
	bad := os.NewFile(42, "fd42")
	_, err = bad.Write([]byte("x"))
	fmt.Println(bad.Name(), err)
	fmt.Println(os.NewFile(^uintptr(0), "invalid") == nil)
}
