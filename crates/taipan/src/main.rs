//! The `taipan` command: a drop-in for `python3.14`.

fn main() {
    std::process::exit(0);
}
