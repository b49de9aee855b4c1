package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
)

var errAborted = errors.New("producer aborted")

func main() {
	pr, pw := io.Pipe()
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i := 0; i < 3; i++ {
			n, err := pw.Write([]byte(fmt.Sprintf("chunk %d\n", i)))
			if err != nil {
				fmt.Println("write error:", err)
				return
			}
			_ = n
		}
		pw.CloseWithError(errAborted)
	}()
	n, err := io.Copy(os.Stdout, pr)
	<-done
	fmt.Println("copied", n, "err:", err, errors.Is(err, errAborted))

	// A buffered writer in front of the pipe, a buffered reader behind it.
	pr2, pw2 := io.Pipe()
	go func() {
		bw := bufio.NewWriter(pw2)
		for _, s := range []string{"x=1", "y=2", "z=3"} {
			bw.WriteString(s + "\n")
		}
		bw.Flush()
		pw2.Close()
	}()
	br := bufio.NewReader(pr2)
	var got bytes.Buffer
	for {
		line, err := br.ReadString('\n')
		got.WriteString("<" + line + ">")
		if err != nil {
			fmt.Println("end:", err)
			break
		}
	}
	fmt.Println(got.String())

	// ReadAll from a pipe whose writer is the program's own code.
	pr3, pw3 := io.Pipe()
	go func() {
		w := io.MultiWriter(pw3)
		for i := 0; i < 4; i++ {
			fmt.Fprint(w, i*i, " ")
		}
		pw3.Close()
	}()
	all, err := io.ReadAll(pr3)
	fmt.Printf("%q %v\n", all, err)
}
