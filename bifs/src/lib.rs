//! girder's built-in functions, one module per family, registered into the `vm` BIF table.
