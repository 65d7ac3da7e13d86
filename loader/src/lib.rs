//! girder's `.beam` loader: reads the IFF container and its chunks, decodes compact-term operands and
//! the literal table, and produces a module's generic instruction stream.
