package regional

import (
	"math/bits"
	"strings"
)

// MaxMeasures is the largest number of measures a programme may hold: a
// [Set] has one bit per measure.
const MaxMeasures = 16

// Set is a set of measures of a programme, one bit per measure in the order
// of [Programme.Measures]: bit i is measure i. The zero Set is empty. A Set is
// a value: the fast combination path needs no allocation to handle one, so a
// researcher can enumerate all 2^14 subsets.
type Set uint16

// SetOf returns the set of the measures with the given indices. Indices
// outside [0, MaxMeasures) are ignored.
func SetOf(indices ...int) Set {
	var s Set
	for _, i := range indices {
		s = s.With(i)
	}
	return s
}

// FullSet returns the set of the first n measures.
func FullSet(n int) Set {
	if n >= MaxMeasures {
		return ^Set(0)
	}
	if n <= 0 {
		return 0
	}
	return Set(1)<<n - 1
}

// Has reports whether measure i is in s.
func (s Set) Has(i int) bool { return i >= 0 && i < MaxMeasures && s&(1<<i) != 0 }

// With returns s with measure i added.
func (s Set) With(i int) Set {
	if i < 0 || i >= MaxMeasures {
		return s
	}
	return s | 1<<i
}

// Without returns s with measure i removed.
func (s Set) Without(i int) Set {
	if i < 0 || i >= MaxMeasures {
		return s
	}
	return s &^ (1 << i)
}

// Len is the number of measures in s.
func (s Set) Len() int { return bits.OnesCount16(uint16(s)) }

// Indices returns the indices of the measures in s, ascending.
func (s Set) Indices() []int {
	out := make([]int, 0, s.Len())
	for i := 0; i < MaxMeasures; i++ {
		if s.Has(i) {
			out = append(out, i)
		}
	}
	return out
}

// String renders s as "{0,3,5}".
func (s Set) String() string {
	var b strings.Builder
	b.WriteByte('{')
	for n, i := range s.Indices() {
		if n > 0 {
			b.WriteByte(',')
		}
		b.WriteString(itoa(i))
	}
	b.WriteByte('}')
	return b.String()
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return string(rune('0'+i/10)) + string(rune('0'+i%10))
}
