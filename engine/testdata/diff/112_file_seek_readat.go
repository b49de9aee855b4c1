package main

import (
	"fmt"
	"io"
	"os"
)

const name = "records_112.dat"

func main() {
	f, err := os.Create(name)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.Remove(name)

	for i := 0; i < 4; i++ {
		fmt.Fprintf(f, "rec%02d|", i)
	}
	pos, _ := f.Seek(0, io.SeekCurrent)
	fmt.Println("written up to", pos)

	f.Seek(0, io.SeekStart)
	buf := make([]byte, 6)
	n, err := f.Read(buf)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)

	n, err = f.ReadAt(buf, 12)
	fmt.Printf("ReadAt %d %q %v\n", n, buf[:n], err)
	n, err = f.ReadAt(buf, 22)
	fmt.Printf("ReadAt near end %d %q %v\n", n, buf[:n], err)

	f.WriteAt([]byte("REC"), 6)
	end, _ := f.Seek(0, io.SeekEnd)
	fmt.Println("end", end)
	f.Seek(-6, io.SeekEnd)
	last, _ := io.ReadAll(f)
	fmt.Printf("last %q\n", last)

	_, err = f.Seek(-100, io.SeekCurrent)
	fmt.Println(err)

	sr := io.NewSectionReader(f, 6, 12)
	sec, _ := io.ReadAll(sr)
	fmt.Printf("section %q\n", sec)

	ow := io.NewOffsetWriter(f, 18)
	ow.Write([]byte("xx"))
	ow.Write([]byte("yy"))

	f.Truncate(20)
	st, _ := f.Stat()
	fmt.Println("size", st.Size())
	f.Close()

	all, _ := os.ReadFile(name)
	fmt.Printf("%q\n", all)

	_, err = f.Seek(0, io.SeekStart)
	fmt.Println(err)
	_, err = f.Write([]byte("x"))
	fmt.Println(err)
	fmt.Println(os.Truncate(name, -1))
	fmt.Println(os.Truncate("nope_112", 0))
}
