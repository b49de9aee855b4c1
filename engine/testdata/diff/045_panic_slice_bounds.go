package main

import "fmt"

func firstN(data []byte, n int) []byte {
	return data[:n]
}

// A fixed-size record reader: the header is expected to be 5 bytes.
const headerLen = 5

func parse(rec []byte) (kind byte, body []byte) {
	header := firstN(rec, headerLen)
	return header[0], rec[headerLen:]
}

func main() {
	k, body := parse([]byte("Khdr!payload"))
	fmt.Printf("%c %s\n", k, body)
	buf := make([]byte, 2, 3)
	copy(buf, "ok")
	fmt.Printf("%s %d %d\n", buf, len(buf), cap(buf))
	fmt.Printf("%s\n", firstN(buf, 3))
	k, body = parse(buf)
	fmt.Println("kind:", k, body)
}
