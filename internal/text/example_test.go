package text_test

import (
	"fmt"

	"github.com/hilversum/sociaaldomein/internal/text"
)

func ExampleClip() {
	fmt.Println(text.Clip("heronderzoek wachtlijst", 12))
	fmt.Println(text.Clip("€ 150.000", 2)) // "€" is three bytes: none of it is kept
	// Output:
	// heronderzoek…
	// …
}
