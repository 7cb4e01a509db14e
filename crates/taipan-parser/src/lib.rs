//! The parser: the third stage of Taipan's pipeline (tokens → AST).
