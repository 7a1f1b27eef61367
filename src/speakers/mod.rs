//! Speaker layer: resolving speaker mentions to one entity per article (work in progress).
