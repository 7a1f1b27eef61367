//! Quote layer: attributed statements in a parsed article (work in progress).
