//! The conformance harness: compiles the Erlang fixtures in `otp-fixtures/`, runs each one on real
//! `erl` and on girder, and compares their standard output and exit status byte for byte.
