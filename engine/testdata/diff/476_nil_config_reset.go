package main

import "fmt"

type Limits struct {
	MaxUsers, MaxRooms, MaxMsgs, MaxBytes, MaxConns int
}

type Server struct {
	Name    string
	Ports   [4]uint16
	Limits  Limits
	Clients map[string]int
}

func (s *Server) Describe() string {
	return fmt.Sprintf("%s ports=%v limits=%+v clients=%d", s.Name, s.Ports, s.Limits, len(s.Clients))
}

// Reset clears the whole configuration, field by field.
func (s *Server) Reset() {
	s.Ports = [4]uint16{}
	s.Limits = Limits{}
	s.Clients = nil
	s.Name = ""
}

func lookup(servers map[string]*Server, name string) *Server {
	return servers[name]
}

func main() {
	servers := map[string]*Server{
		"alpha": {Name: "alpha", Ports: [4]uint16{80, 443}, Limits: Limits{MaxUsers: 10}, Clients: map[string]int{"x": 1}},
	}
	a := lookup(servers, "alpha")
	fmt.Println(a.Describe())
	a.Reset()
	fmt.Println(a.Describe())
	b := lookup(servers, "beta")
	fmt.Println("beta found:", b != nil)
	b.Reset()
}
