//! SipHash-1-3 (one compression round per block, three finalization
//! rounds), the keyed hash CPython uses for the source hash of hash-based
//! `.pyc` files (PEP 552). Written from the SipHash paper's description.

/// The four-word SipHash state.
struct State([u64; 4]);

impl State {
    /// The initial state for the key `(k0, k1)`.
    fn new(k0: u64, k1: u64) -> State {
        State([
            k0 ^ 0x736f_6d65_7073_6575,
            k1 ^ 0x646f_7261_6e64_6f6d,
            k0 ^ 0x6c79_6765_6e65_7261,
            k1 ^ 0x7465_6462_7974_6573,
        ])
    }

    /// One SipRound.
    fn round(&mut self) {
        let [v0, v1, v2, v3] = &mut self.0;
        *v0 = v0.wrapping_add(*v1);
        *v1 = v1.rotate_left(13) ^ *v0;
        *v0 = v0.rotate_left(32);
        *v2 = v2.wrapping_add(*v3);
        *v3 = v3.rotate_left(16) ^ *v2;
        *v0 = v0.wrapping_add(*v3);
        *v3 = v3.rotate_left(21) ^ *v0;
        *v2 = v2.wrapping_add(*v1);
        *v1 = v1.rotate_left(17) ^ *v2;
        *v2 = v2.rotate_left(32);
    }

    /// Absorb one 64-bit message word (one compression round).
    fn absorb(&mut self, m: u64) {
        self.0[3] ^= m;
        self.round();
        self.0[0] ^= m;
    }
}

/// SipHash-1-3 of `data` under the key `(k0, k1)`.
pub fn siphash13(k0: u64, k1: u64, data: &[u8]) -> u64 {
    let mut s = State::new(k0, k1);
    let mut blocks = data.chunks_exact(8);
    for block in &mut blocks {
        let mut word = [0u8; 8];
        word.copy_from_slice(block);
        s.absorb(u64::from_le_bytes(word));
    }
    let mut last = [0u8; 8];
    let tail = blocks.remainder();
    // `chunks_exact(8)` leaves fewer than 8 bytes: the slice fits.
    last[..tail.len()].copy_from_slice(tail);
    last[7] = data.len() as u8;
    s.absorb(u64::from_le_bytes(last));
    s.0[2] ^= 0xff;
    for _ in 0..3 {
        s.round();
    }
    s.0[0] ^ s.0[1] ^ s.0[2] ^ s.0[3]
}

#[cfg(test)]
mod tests {
    use super::siphash13;

    #[test]
    fn differs_by_key_and_data() {
        let a = siphash13(0, 0, b"print(1)\n");
        assert_ne!(a, siphash13(1, 0, b"print(1)\n"));
        assert_ne!(a, siphash13(0, 0, b"print(2)\n"));
        assert_eq!(a, siphash13(0, 0, b"print(1)\n"));
        // Lengths that are and are not multiples of the block size.
        assert_ne!(siphash13(0, 0, b""), siphash13(0, 0, &[0; 8]));
    }

    #[test]
    fn agrees_with_cpython_source_hash() {
        // `_imp.source_hash(key, data)` of CPython 3.14 (little-endian).
        let hex = |h: u64| format!("{:016x}", h.swap_bytes());
        assert_eq!(hex(siphash13(0, 0, b"abc")), "f2302604a0c33bc0");
        let long = b"hello world, this is long";
        assert_eq!(hex(siphash13(3, 0, long)), "9803c4b7b5cc50a6");
    }
}
