package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
)

var errEnough = errors.New("consumer has enough")

func main() {
	pr, pw := io.Pipe()
	result := make(chan error)
	go func() {
		written := 0
		for i := 0; ; i++ {
			_, err := fmt.Fprintf(pw, "item-%d\n", i)
			if err != nil {
				result <- fmt.Errorf("after %d items: %w", written, err)
				return
			}
			written++
		}
	}()

	sc := bufio.NewScanner(pr)
	for i := 0; i < 3 && sc.Scan(); i++ {
		fmt.Println("got", sc.Text())
	}
	pr.CloseWithError(errEnough)
	err := <-result
	fmt.Println(err)
	fmt.Println(errors.Is(err, errEnough))
}
