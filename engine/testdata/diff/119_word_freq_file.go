package main

import (
	"bufio"
	"cmp"
	"fmt"
	"os"
	"slices"
	"strings"
	"unicode"
)

const path = "poem_119.txt"

const poem = `Tyger Tyger, burning bright,
In the forests of the night;
What immortal hand or eye,
Could frame thy fearful symmetry?

In what distant deeps or skies.
Burnt the fire of thine eyes?`

func main() {
	if err := os.WriteFile(path, []byte(poem), 0o644); err != nil {
		fmt.Println(err)
		return
	}
	defer os.Remove(path)

	f, err := os.Open(path)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()

	freq := map[string]int{}
	sc := bufio.NewScanner(f)
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		w := strings.ToLower(strings.TrimFunc(sc.Text(), func(r rune) bool { return !unicode.IsLetter(r) }))
		if w != "" {
			freq[w]++
		}
	}
	type wc struct {
		w string
		n int
	}
	var list []wc
	for w, n := range freq {
		list = append(list, wc{w, n})
	}
	slices.SortFunc(list, func(a, b wc) int {
		return cmp.Or(cmp.Compare(b.n, a.n), strings.Compare(a.w, b.w))
	})
	for _, e := range list[:6] {
		fmt.Printf("%-8s %d\n", e.w, e.n)
	}
	fmt.Println("distinct:", len(list))

	info, _ := f.Stat()
	fmt.Println(info.Name(), info.Size(), len(poem))

	f.Seek(0, 0)
	lines := 0
	r := bufio.NewReader(f)
	for {
		line, isPrefix, err := r.ReadLine()
		if err != nil {
			break
		}
		if len(line) == 0 {
			fmt.Println("blank line after", lines)
		}
		_ = isPrefix
		lines++
	}
	fmt.Println("lines:", lines)
}
