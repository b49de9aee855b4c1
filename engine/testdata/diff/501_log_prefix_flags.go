package main

import (
	"fmt"
	"log"
	"os"
)

func main() {
	l := log.New(os.Stdout, "app: ", 0)
	l.Println("started")
	l.SetFlags(log.Lmsgprefix)
	l.Println("prefix moved before the message")
	l.SetFlags(log.Lshortfile)
	l.Println("with the file")
	l.SetFlags(log.Lshortfile | log.Lmsgprefix)
	l.Println("file, then prefix")
	l.SetPrefix("[worker 3] ")
	l.Printf("job %d done", 17)
	l.SetPrefix("")
	l.Print("no prefix at all")
	fmt.Println(l.Flags(), l.Flags() == log.Lshortfile|log.Lmsgprefix, l.Prefix() == "")

	fmt.Println("constants:", log.Ldate, log.Ltime, log.Lmicroseconds, log.Llongfile,
		log.Lshortfile, log.LUTC, log.Lmsgprefix, log.LstdFlags)
	fmt.Println("default flags:", log.Flags(), log.Flags() == log.LstdFlags)

	// Lshortfile wins over Llongfile.
	l.SetFlags(log.Llongfile | log.Lshortfile)
	l.Println("short wins")

	loggers := map[string]*log.Logger{
		"db":   log.New(os.Stdout, "db ", log.Lmsgprefix),
		"http": log.New(os.Stdout, "http ", 0),
	}
	for _, name := range []string{"http", "db"} {
		loggers[name].Printf("%s ready", name)
	}
}
