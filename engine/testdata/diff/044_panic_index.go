package main

import "fmt"

type Playlist struct {
	Songs []string
	pos   int
}

func (p *Playlist) Next() string {
	p.pos++
	return p.Songs[p.pos]
}

func main() {
	p := &Playlist{Songs: []string{"intro", "verse", "chorus"}}
	fmt.Println("now playing:", p.Songs[0])
	for i := 0; i < 4; i++ {
		fmt.Println("next:", p.Next())
	}
}
