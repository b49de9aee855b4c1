package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
)

// encode writes each message as a 4-digit length and the bytes.
func encode(w io.Writer, msgs ...string) error {
	for _, m := range msgs {
		if len(m) > 9999 {
			return errors.New("message too long")
		}
		if _, err := fmt.Fprintf(w, "%04d%s", len(m), m); err != nil {
			return err
		}
	}
	return nil
}

func decode(r io.Reader) ([]string, error) {
	var out []string
	head := make([]byte, 4)
	for {
		if _, err := io.ReadFull(r, head); err != nil {
			if err == io.EOF {
				return out, nil
			}
			return out, fmt.Errorf("header: %w", err)
		}
		n, err := strconv.Atoi(string(head))
		if err != nil {
			return out, fmt.Errorf("bad length %q", head)
		}
		body := make([]byte, n)
		if _, err := io.ReadFull(r, body); err != nil {
			return out, fmt.Errorf("body of %d bytes: %w", n, err)
		}
		out = append(out, string(body))
	}
}

func main() {
	var buf bytes.Buffer
	encode(&buf, "hello", "", "length-prefixed framing", "ünï")
	fmt.Printf("%q\n", buf.String())
	raw := buf.Bytes()

	msgs, err := decode(bytes.NewReader(raw))
	fmt.Printf("%q %v\n", msgs, err)

	msgs, err = decode(bytes.NewReader(raw[:len(raw)-3]))
	fmt.Printf("%q %v %v\n", msgs, err, errors.Is(err, io.ErrUnexpectedEOF))
	msgs, err = decode(bytes.NewReader(raw[:11]))
	fmt.Printf("%q %v\n", msgs, err)
	msgs, err = decode(bytes.NewReader([]byte("00x2ab")))
	fmt.Printf("%q %v\n", msgs, err)

	r := bytes.NewReader(raw)
	var first bytes.Buffer
	io.CopyN(&first, r, 9)
	fmt.Printf("%q remaining=%d\n", first.String(), r.Len())
	r.Seek(0, io.SeekStart)
	sr := io.NewSectionReader(r, 9, 4)
	part, _ := io.ReadAll(sr)
	fmt.Printf("%q\n", part)
}
