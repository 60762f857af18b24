// Package text holds the small string helpers that every package of the
// module needs when it repeats user-supplied text in an error or a notice.
//
// Start with [Clip]: it shortens a string on a rune boundary, so an error
// that quotes a hostile key never carries half a UTF-8 sequence (which
// encoding/json would then turn into U+FFFD, making the field an error
// names differ from the field an HTTP answer names).
package text
