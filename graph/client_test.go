package graph

import "testing"

func TestSupported(t *testing.T) {
	for v, want := range map[string]bool{"5.26.30": true, "5.26.0": true, "5.25.1": false, "4.4.30": false,
		"2025.01.0": true, "2026.10.2": true, "": false, "dev": false} {
		if Supported(v) != want {
			t.Errorf("Supported(%q) = %v, want %v", v, !want, want)
		}
	}
}
