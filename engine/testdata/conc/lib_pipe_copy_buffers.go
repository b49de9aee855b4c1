package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var bufs [2]bytes.Buffer
	var results [2]string
	var ws [2]*io.PipeWriter
	for i := range 2 {
		pr, pw := io.Pipe()
		ws[i] = pw
		wg.Add(1)
		go func() {
			defer wg.Done()
			n, err := io.Copy(&bufs[i], pr)
			results[i] = fmt.Sprint("reader ", i, ": ", n, " bytes, err ", err)
		}()
	}
	for round := 0; round < 3; round++ {
		for i, w := range ws {
			io.Copy(w, strings.NewReader(fmt.Sprintf("r%d-w%d;", round, i)))
		}
	}
	for _, w := range ws {
		w.Close()
	}
	wg.Wait()
	fmt.Println(results[0])
	fmt.Println(results[1])
	fmt.Println(bufs[0].String(), bufs[1].String())
}
