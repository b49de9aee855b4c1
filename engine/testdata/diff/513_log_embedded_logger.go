package main

import (
	"fmt"
	"log"
	"os"
)

// Service embeds a *log.Logger: its methods log with the service's prefix.
type Service struct {
	*log.Logger
	name  string
	calls int
}

func NewService(name string) *Service {
	return &Service{Logger: log.New(os.Stdout, name+": ", log.Lmsgprefix), name: name}
}

func (s *Service) Handle(req string) {
	s.calls++
	s.Printf("handling %q (call %d)", req, s.calls)
}

// Job embeds a Logger by value: its zero value has no writer until set.
type Job struct {
	log.Logger
	id int
}

func main() {
	a, b := NewService("auth"), NewService("billing")
	a.Handle("login")
	b.Handle("invoice")
	a.Handle("logout")
	b.SetPrefix("BILLING: ")
	b.Println("prefix changed")
	a.Println("auth keeps its prefix:", a.Prefix())

	j := &Job{id: 1}
	fmt.Println(j.Writer() == nil, j.Flags(), j.Prefix() == "")
	j.SetOutput(os.Stdout)
	j.SetPrefix(fmt.Sprintf("job %d ", j.id))
	j.Print("running")
	jobs := []Job{{id: 2}, {id: 3}}
	for i := range jobs {
		jobs[i].SetOutput(os.Stdout)
		jobs[i].SetPrefix(fmt.Sprintf("job %d | ", jobs[i].id))
	}
	for i := range jobs {
		jobs[i].Println("done")
	}
}
