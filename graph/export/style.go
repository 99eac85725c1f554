package export

import _ "embed"

// BrowserStyle is the Neo4j Browser style sheet (GraSS) for newsgraph's
// labels, in the colours the other exports use.
//
//go:embed newsgraph.grass
var BrowserStyle string
