package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 1500 * time.Microsecond, 90 * time.Second, 36*time.Hour + 5*time.Minute + 500*time.Millisecond, -2 * time.Minute, time.Duration(1<<63 - 1)}
	for _, d := range ds {
		fmt.Printf("%-22v %-14d %8.3fh %6.1fm %v\n", d, int64(d), d.Hours(), d.Minutes(), d.Round(time.Second))
	}
	d, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, err, d.Seconds(), d.Truncate(time.Minute))
	_, err = time.ParseDuration("5 minutes")
	fmt.Println(err)
	t := time.Date(2024, time.February, 28, 23, 30, 0, 0, time.UTC)
	t2 := t.Add(2 * time.Hour)
	fmt.Println(t, t2.Weekday(), t2.YearDay(), t2.Month(), t2.Day())
	fmt.Println(t.Format("2006-01-02 15:04:05 Mon Jan"), t.Format(time.RFC3339), t.Format(time.Kitchen))
	fmt.Println(t2.Sub(t), t.Before(t2), t2.After(t), t.Equal(t), t.AddDate(0, 1, 1).Format("Jan 2, 2006"))
	y, w := t.Year(), t.YearDay()/7
	fmt.Println(y, w, t.Truncate(24*time.Hour), time.Duration(3)*time.Millisecond)
	fmt.Printf("%T %T %v\n", d, t.Month(), time.Saturday)
}
